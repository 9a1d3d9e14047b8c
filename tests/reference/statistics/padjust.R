# Golden values for Ferrum.Statistics Multiplicity/ from R's stats::p.adjust.
# Run from the repository root: Rscript tests/reference/statistics/padjust.R
suppressMessages(library(jsonlite))
set.seed(31)
cases <- list(
  list(name = "textbook", p = c(0.01, 0.04, 0.03, 0.005, 0.2, 0.5)),
  list(name = "ties", p = c(0.02, 0.02, 0.02, 0.04, 0.04, 0.9, 0.001)),
  list(name = "with-NA", p = c(0.03, NA, 0.001, 0.2, NA, 0.04)),
  list(name = "n-larger", p = c(0.01, 0.02, 0.03), n = 10),
  list(name = "n-larger-with-NA", p = c(0.012, NA, 0.3, 0.0001), n = 7),
  list(name = "two", p = c(0.03, 0.04)),
  list(name = "single", p = c(0.03)),
  list(name = "single-n3", p = c(0.03), n = 3),
  list(name = "zeros-and-ones", p = c(0, 1, 0, 0.5, 1)),
  list(name = "uniform-200", p = runif(200)),
  list(name = "small-values-1000", p = c(runif(950), rbeta(50, 0.2, 30)))
)
methods <- c("holm", "hochberg", "hommel", "bonferroni", "BH", "BY", "none", "fdr")
out <- lapply(cases, function(cs) {
  n <- if (is.null(cs[["n"]])) sum(!is.na(cs$p)) else cs[["n"]]
  res <- lapply(methods, function(m) list(method = m, adjusted = p.adjust(cs$p, m, n = n)))
  list(name = cs$name, p = cs$p, n = if (is.null(cs[["n"]])) NA else cs[["n"]], results = res)
})
write_json(out, "tests/reference/statistics/golden/padjust.json", digits = NA, auto_unbox = FALSE, na = "string")
cat("padjust goldens written\n")
