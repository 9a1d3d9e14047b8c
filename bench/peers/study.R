#!/usr/bin/env Rscript
# The steps of `ferrum study analyze` in R 4.2 + pROC 1.18, for bench/study.sh: read the CSV, then per biomarker
# wilcox.test(conf.int), t.test, roc + ci.auc(delong) + coords(youden), cor.test(spearman) within cases,
# glm(binomial) adjusted for age and sex; p.adjust(holm); roc.test(delong, paired) of b20 vs each other biomarker;
# Table 1 p-values; CSV tables and PNG figures (box per biomarker, ROC overlay, severity scatter).
# Usage: Rscript bench/peers/study.R DATA.csv OUTDIR   → last line: elapsed seconds.
suppressPackageStartupMessages(library(pROC))
args <- commandArgs(TRUE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], stringsAsFactors = FALSE)
out <- args[2]; dir.create(file.path(out, "figures"), recursive = TRUE, showWarnings = FALSE)
d$case <- d$group == "case"
bs <- grep("^b[0-9]+$", names(d), value = TRUE)
g <- factor(d$group, levels = c("case", "control"))
t1 <- data.frame(variable = c("age", "sex", "severity"),
                 p = c(oneway.test(age ~ g, data = d, var.equal = TRUE)$p.value, chisq.test(table(d$sex, g))$p.value, NA))
write.csv(t1, file.path(out, "table1.csv"), row.names = FALSE)
rows <- list(); models <- list(); rocs <- list()
for (b in bs) {
  x <- d[!is.na(d[[b]]), ]
  cases <- x[[b]][x$case]; controls <- x[[b]][!x$case]
  w <- wilcox.test(cases, controls, conf.int = TRUE)
  t <- t.test(cases, controls)
  r <- roc(controls = controls, cases = cases, direction = "auto", quiet = TRUE); rocs[[b]] <- r
  ci <- ci.auc(r, method = "delong")
  best <- coords(r, "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity"), transpose = FALSE)
  sc <- x[x$case & !is.na(x$severity), ]
  s <- suppressWarnings(cor.test(sc[[b]], sc$severity, method = "spearman"))
  m <- glm(case ~ x[[b]] + age + sex, family = binomial, data = x)
  co <- summary(m)$coefficients; wald <- exp(confint.default(m))
  models[[b]] <- data.frame(biomarker = b, term = rownames(co), estimate = co[, 1], se = co[, 2], p = co[, 4], or = exp(co[, 1]), lo = wald[, 1], hi = wald[, 2])
  rows[[b]] <- data.frame(biomarker = b, W = w$statistic, p = w$p.value, hl = w$estimate, t = t$statistic, tp = t$p.value,
                          auc = as.numeric(r$auc), lo = ci[1], hi = ci[3], thr = best$threshold[1], rho = s$estimate, sp = s$p.value)
  png(file.path(out, "figures", paste0("box-", b, ".png")), 720, 480); boxplot(x[[b]] ~ x$group); stripchart(x[[b]] ~ x$group, vertical = TRUE, method = "jitter", add = TRUE, pch = 16, cex = 0.3); dev.off()
  png(file.path(out, "figures", paste0("severity-", b, ".png")), 720, 480); plot(sc$severity, sc[[b]]); dev.off()
}
res <- do.call(rbind, rows); res$padj <- p.adjust(res$p, "holm")
write.csv(res, file.path(out, "group-comparisons.csv"), row.names = FALSE)
write.csv(do.call(rbind, models), file.path(out, "adjusted-models.csv"), row.names = FALSE)
cmp <- do.call(rbind, lapply(bs[-length(bs)], function(b) {
  both <- d[!is.na(d[[b]]) & !is.na(d$b20), ]
  r1 <- roc(both$case, both$b20, levels = c(FALSE, TRUE), direction = "auto", quiet = TRUE)
  r2 <- roc(both$case, both[[b]], levels = c(FALSE, TRUE), direction = "auto", quiet = TRUE)
  tt <- suppressWarnings(roc.test(r1, r2, method = "delong", paired = TRUE))
  data.frame(first = "b20", second = b, z = tt$statistic, p = tt$p.value)
}))
write.csv(cmp, file.path(out, "auc-comparisons.csv"), row.names = FALSE)
png(file.path(out, "figures", "roc.png"), 720, 600); plot(rocs[[1]]); for (r in rocs[-1]) plot(r, add = TRUE); dev.off()
cat(nrow(res), "biomarkers\n")
cat(proc.time()[["elapsed"]] - t0, "\n")
