#!/usr/bin/env Rscript
# Reference values for `ferrum study analyze` on samples/study (SYNTHETIC data): the same steps in R 4.2 + pROC 1.18.
# Run from the repository root:  Rscript tests/reference/study/analyze.R
# Writes tests/reference/study/golden/analyze.json, read by tests/Ferrum.Study.Tests/Pipeline/AgainstRTests.cs.
suppressPackageStartupMessages({ library(pROC); library(jsonlite) })

d <- read.csv("samples/study/study-data.csv", stringsAsFactors = FALSE)
d <- d[d$rls %in% c("RLS", "non-RLS"), ]
# Normalisation as study.yaml says: NDEV proteins divided by CD81 (ratio to EV marker).
for (b in c("ndev_ferritin", "ndev_tfr", "ndev_ferroportin")) d[[b]] <- d[[b]] / d$cd81
d$case <- d$rls == "RLS"
biomarkers <- c("ndev_ferritin", "ndev_tfr", "ndev_ferroportin", "serum_ferritin")

rocs <- list()
out <- list()
for (b in biomarkers) {
  x <- d[!is.na(d[[b]]), ]
  cases <- x[[b]][x$case]; controls <- x[[b]][!x$case]
  w <- suppressWarnings(wilcox.test(cases, controls, conf.int = TRUE))
  t <- t.test(cases, controls)
  r <- roc(controls = controls, cases = cases, direction = "auto", quiet = TRUE)
  rocs[[b]] <- r
  ci <- ci.auc(r, method = "delong")
  best <- coords(r, "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity"), transpose = FALSE)
  inCases <- x[x$case & !is.na(x$irls), ]
  s <- suppressWarnings(cor.test(inCases[[b]], inCases$irls, method = "spearman"))
  m <- d[complete.cases(d[, c(b, "age", "hemoglobin")]), ]
  m$z <- m[[b]] / sd(m[[b]])
  g <- glm(case ~ z + age + hemoglobin, family = binomial, data = m)
  co <- summary(g)$coefficients
  wald <- confint.default(g)
  out[[b]] <- list(
    biomarker = b, nCase = length(cases), nControl = length(controls),
    wilcoxonW = unname(w$statistic), wilcoxonP = w$p.value, hodgesLehmann = unname(w$estimate),
    hlCiLower = w$conf.int[1], hlCiUpper = w$conf.int[2],
    welchT = unname(t$statistic), welchDf = unname(t$parameter), welchP = t$p.value,
    auc = as.numeric(r$auc), aucCiLower = ci[1], aucCiUpper = ci[3], direction = r$direction,
    youdenThreshold = best$threshold[1], sensitivity = best$sensitivity[1], specificity = best$specificity[1],
    spearmanRho = unname(s$estimate), spearmanP = s$p.value, spearmanN = nrow(inCases),
    model = list(terms = rownames(co), estimate = unname(co[, 1]), stdError = unname(co[, 2]), p = unname(co[, 4]),
                 orCiLower = unname(exp(wald[, 1])), orCiUpper = unname(exp(wald[, 2]))))
}
padj <- p.adjust(sapply(out, function(o) o$wilcoxonP), method = "holm")
for (i in seq_along(out)) out[[i]]$pAdjusted <- unname(padj[i])

pairs <- list(c("ndev_ferritin", "serum_ferritin"), c("ndev_tfr", "serum_ferritin"), c("ndev_ferritin", "ndev_tfr"))
comparisons <- lapply(pairs, function(p) {
  both <- d[!is.na(d[[p[1]]]) & !is.na(d[[p[2]]]), ]
  r1 <- roc(both$case, both[[p[1]]], levels = c(FALSE, TRUE), direction = "auto", quiet = TRUE)
  r2 <- roc(both$case, both[[p[2]]], levels = c(FALSE, TRUE), direction = "auto", quiet = TRUE)
  tt <- roc.test(r1, r2, method = "delong", paired = TRUE)
  list(first = p[1], second = p[2], z = unname(tt$statistic), p = tt$p.value)
})

# Table 1 p-values: tableone (oneway.test var.equal, kruskal.test for nonNormal, chisq.test with Yates) and gtsummary
# (wilcox.test, chisq.test without correction; Fisher when an expected count < 5).
g <- factor(d$rls, levels = c("RLS", "non-RLS"))
tab <- table(d$postmenopausal, g)
table1 <- list(
  tableone = list(age = oneway.test(age ~ g, data = d, var.equal = TRUE)$p.value,
                  hemoglobin = oneway.test(hemoglobin ~ g, data = d, var.equal = TRUE)$p.value,
                  serum_ferritin = kruskal.test(serum_ferritin ~ g, data = d)$p.value,
                  postmenopausal = chisq.test(tab, correct = TRUE)$p.value),
  gtsummary = list(age = suppressWarnings(wilcox.test(age ~ g, data = d))$p.value,
                   serum_ferritin = suppressWarnings(wilcox.test(serum_ferritin ~ g, data = d))$p.value,
                   postmenopausal = if (any(chisq.test(tab)$expected < 5)) fisher.test(tab)$p.value else chisq.test(tab, correct = FALSE)$p.value))

write_json(list(source = "R 4.2 + pROC 1.18 on samples/study/study-data.csv", biomarkers = unname(out), comparisons = comparisons, table1 = table1),
           "tests/reference/study/golden/analyze.json", digits = NA, auto_unbox = TRUE, pretty = TRUE)
