# Golden values for Ferrum.Statistics Roc/ from pROC 1.18 (Debian r-cran-proc) and R's binom.test.
# Run from the repository root: Rscript tests/reference/statistics/roc.R
suppressMessages({ library(pROC); library(jsonlite) })
stopifnot(packageVersion("pROC") >= "1.18")
out <- "tests/reference/statistics/golden"
set.seed(20261124)

datasets <- list(
  list(name = "small-ties", controls = c(1, 2, 3, 3), cases = c(2, 3, 4, 5, 5)),
  list(name = "integer-scores", controls = sample(1:5, 40, TRUE), cases = sample(2:6, 30, TRUE)),
  list(name = "unbalanced", controls = rnorm(5), cases = rnorm(200, 1)),
  list(name = "cases-lower-auto", controls = rnorm(60, 2), cases = rnorm(45)),
  list(name = "explicit-against-auto", controls = rnorm(30, 1), cases = rnorm(25), direction = "<"),
  list(name = "explicit-greater", controls = rexp(50, 0.5), cases = rexp(40, 1), direction = ">"),
  list(name = "one-case", controls = c(0.5, 1.5, 2.5, 3.5), cases = c(3)),
  list(name = "extreme-values", controls = c(-1e300, -1e10, 0, 1e-300, 5e299), cases = c(1e300, -5e299, 2e-300, 1e10, 1.7e308)),
  list(name = "perfect-separation", controls = c(1, 2, 3, 4), cases = c(5, 6, 7)),
  list(name = "all-identical", controls = rep(7, 6), cases = rep(7, 5)),
  list(name = "thousands", controls = round(rnorm(3000), 2), cases = round(rnorm(2500, 0.6), 2)),
  list(name = "lognormal-large", controls = rlnorm(4000), cases = rlnorm(1500, 0.4))
)

partials <- list(
  list(range = c(1, 0.8), focus = "specificity", correct = FALSE),
  list(range = c(1, 0.8), focus = "specificity", correct = TRUE),
  list(range = c(0.9, 0.6), focus = "sensitivity", correct = FALSE),
  list(range = c(0.9, 0.6), focus = "sensitivity", correct = TRUE),
  list(range = c(0.55, 0.5), focus = "specificity", correct = FALSE)
)

curve <- function(d) {
  dir <- if (is.null(d$direction)) "auto" else d$direction
  r <- roc(controls = d$controls, cases = d$cases, direction = dir, quiet = TRUE)
  res <- list(name = d$name, controls = d$controls, cases = d$cases, direction_in = dir,
              direction = r$direction, thresholds = r$thresholds,
              sensitivities = r$sensitivities, specificities = r$specificities,
              auc = as.numeric(r$auc))
  if (length(d$controls) > 1 && length(d$cases) > 1) {
    res$var <- var(r, method = "delong")
    ci <- as.numeric(ci.auc(r, method = "delong", conf.level = 0.95))
    res$ci95 <- ci[c(1, 3)]
    res$ci90 <- as.numeric(ci.auc(r, method = "delong", conf.level = 0.90))[c(1, 3)]
  }
  res$partial <- lapply(partials, function(p) {
    v <- suppressWarnings(auc(r, partial.auc = p$range, partial.auc.focus = p$focus, partial.auc.correct = p$correct))
    list(from = p$range[1], to = p$range[2], focus = p$focus, correct = p$correct, value = as.numeric(v))
  })
  best <- function(m, w) {
    b <- coords(r, "best", best.method = m, best.weights = w, ret = c("threshold", "specificity", "sensitivity"), transpose = FALSE)
    list(method = m, cost = w[1], prevalence = w[2], threshold = b$threshold, specificity = b$specificity, sensitivity = b$sensitivity)
  }
  res$best <- list(best("youden", c(1, 0.5)), best("closest.topleft", c(1, 0.5)),
                   best("youden", c(2, 0.3)), best("closest.topleft", c(0.5, 0.2)))
  ths <- unique(c(quantile(c(d$controls, d$cases), c(0.1, 0.5, 0.9), names = FALSE), d$cases[1], d$controls[1]))
  res$at <- lapply(ths, function(t) {
    a <- coords(r, t, input = "threshold", ret = c("specificity", "sensitivity"), transpose = FALSE)
    tp <- round(a$sensitivity * length(d$cases)); tn <- round(a$specificity * length(d$controls))
    list(threshold = t, specificity = a$specificity, sensitivity = a$sensitivity,
         se_ci = as.numeric(binom.test(tp, length(d$cases))$conf.int),
         sp_ci = as.numeric(binom.test(tn, length(d$controls))$conf.int))
  })
  res
}
write_json(lapply(datasets, curve), file.path(out, "roc_curves.json"), digits = NA, auto_unbox = TRUE, pretty = FALSE)

# Paired (same subjects, two markers) and unpaired DeLong tests.
mk_paired <- function(name, n0, n1, shift1, shift2, rho, round_to = NA, direction = "<") {
  z0 <- matrix(rnorm(2 * n0), ncol = 2); z1 <- matrix(rnorm(2 * n1), ncol = 2)
  a0 <- z0[, 1]; b0 <- rho * z0[, 1] + sqrt(1 - rho^2) * z0[, 2]
  a1 <- z1[, 1] + shift1; b1 <- rho * z1[, 1] + sqrt(1 - rho^2) * z1[, 2] + shift2
  if (!is.na(round_to)) { a0 <- round(a0, round_to); b0 <- round(b0, round_to); a1 <- round(a1, round_to); b1 <- round(b1, round_to) }
  list(name = name, direction = direction, response = c(rep("control", n0), rep("case", n1)), x = c(a0, a1), y = c(b0, b1))
}
paired <- list(mk_paired("correlated", 80, 60, 1, 0.5, 0.6), mk_paired("tied", 50, 50, 0.8, 0.8, 0.3, 0),
               mk_paired("unbalanced", 300, 40, 0.4, 1.2, 0.8))
set.seed(99)  # appended later: keeps the earlier data sets unchanged
paired[[4]] <- mk_paired("cases-lower", 70, 55, -0.9, -0.3, 0.5, direction = ">")
ptests <- lapply(paired, function(p) {
  r1 <- roc(p$response, p$x, levels = c("control", "case"), direction = p$direction, quiet = TRUE)
  r2 <- roc(p$response, p$y, levels = c("control", "case"), direction = p$direction, quiet = TRUE)
  alts <- lapply(c("two.sided", "less", "greater"), function(a) {
    t <- roc.test(r1, r2, method = "delong", paired = TRUE, alternative = a)
    list(alternative = a, z = unname(t$statistic), p = t$p.value, ci = as.numeric(t$conf.int), auc1 = unname(t$estimate[1]), auc2 = unname(t$estimate[2]))
  })
  u <- lapply(c("two.sided", "less", "greater"), function(a) {
    t <- suppressWarnings(roc.test(r1, r2, method = "delong", paired = FALSE, alternative = a))
    list(alternative = a, d = unname(t$statistic), df = unname(t$parameter), p = t$p.value)
  })
  c(p, list(paired = alts, unpaired = u))
})
write_json(ptests, file.path(out, "roc_tests.json"), digits = NA, auto_unbox = TRUE)

# Stratified bootstrap CIs: a Monte Carlo reference (different random streams), compared within a stated tolerance.
b <- datasets[[4]]
rb <- roc(controls = b$controls, cases = b$cases, quiet = TRUE)
set.seed(1)
boot_auc <- as.numeric(ci.auc(rb, method = "bootstrap", boot.n = 10000))
set.seed(2)
boot_pauc <- as.numeric(ci.auc(rb, method = "bootstrap", boot.n = 10000, reuse.auc = FALSE, partial.auc = c(1, 0.8), partial.auc.correct = TRUE))
write_json(list(name = b$name, controls = b$controls, cases = b$cases, replicates = 10000,
                auc = boot_auc, pauc_sp_1_08_corrected = boot_pauc),
           file.path(out, "roc_bootstrap.json"), digits = NA, auto_unbox = TRUE)
cat("roc goldens written\n")
