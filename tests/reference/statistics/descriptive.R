#!/usr/bin/env Rscript
# Golden values for Ferrum.Statistics Descriptive/ (mean, sd, se, median, quantile types 2 and 7,
# IQR, geometric mean, t-based CI of the mean), computed with R's own functions.
# Generated data are rounded so that the JSON (15 significant digits) holds them exactly.
# Run from the repository root: Rscript tests/reference/statistics/descriptive.R
suppressPackageStartupMessages(library(jsonlite))
out_dir <- file.path("tests", "reference", "statistics", "golden")
set.seed(20261124)
datasets <- list(
  small = c(2.1, 3.4, 1.9, 5.6, 4.4),
  tied = c(1, 2, 2, 3, 3, 3, 4),
  n1 = 7.5,
  n2 = c(1, 3),
  constant = rep(4.2, 6),
  negative = c(-3.5, -1.25, 0, 2.75, 8.5, -0.5),
  near_constant_large_offset = 1e10 + c(0.1, 0.2, 0.3, 0.4, 0.5),
  tiny = c(3e-12, 1e-12, 2e-12, 5e-12),
  lognormal = round(rlnorm(37, 1, 0.8), 4),
  normal_5000 = round(rnorm(5000, 100, 15), 6),
  uniform_1001 = round(runif(1001), 8)
)
probs <- c(0, 0.01, 0.1, 0.25, 0.3, 0.5, 0.75, 0.9, 0.99, 1)
na_if_error <- function(expr) tryCatch(expr, error = function(e) NA_real_, warning = function(w) NA_real_)
cases <- lapply(names(datasets), function(name) {
  x <- datasets[[name]]
  n <- length(x)
  ci <- function(level) {
    # t.test's one-sample interval; R refuses constant data, so use its formula there.
    r <- tryCatch(c(t.test(x, conf.level = level)$conf.int), error = function(e) NULL)
    if (is.null(r) && n >= 2) {
      se <- sd(x) / sqrt(n); q <- qt(1 - (1 - level) / 2, n - 1); r <- mean(x) + c(-q, q) * se
    }
    if (is.null(r)) r <- c(NA_real_, NA_real_)
    r
  }
  list(
    name = name, x = x, n = n, mean = mean(x), sd = sd(x), se = sd(x) / sqrt(n), median = median(x),
    probs = probs,
    quantile7 = unname(quantile(x, probs, type = 7)),
    quantile2 = unname(quantile(x, probs, type = 2)),
    iqr7 = IQR(x), iqr2 = IQR(x, type = 2),
    geometricMean = if (all(x > 0)) exp(mean(log(x))) else NA_real_,
    ci95 = ci(0.95), ci90 = ci(0.90),
    min = min(x), max = max(x)
  )
})
write_json(list(source = "R 4.2.2 base/stats: mean, sd, median, quantile(type = 2, 7), IQR, t.test()$conf.int; geometric mean = exp(mean(log(x)))",
                cases = cases),
           file.path(out_dir, "descriptive_summary.json"), auto_unbox = TRUE, digits = NA, na = "string", pretty = FALSE)
