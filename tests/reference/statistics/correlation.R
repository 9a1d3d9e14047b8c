# Golden values for Ferrum.Statistics Correlation/ from R's stats::cor.test (Pearson, Spearman, Kendall).
# Run from the repository root: Rscript tests/reference/statistics/correlation.R
suppressMessages(library(jsonlite))
set.seed(4242)
# For the extreme-scale sets R's cor() overflows/underflows to NA, so their reference is computed on the data
# divided by `scale` (every statistic is scale-invariant); Ferrum must give it on the unscaled data.
mk <- function(name, x, y, scale = 1) list(name = name, x = x, y = y, scale = scale)
n45 <- 45; x45 <- rnorm(n45); y45 <- 0.5 * x45 + rnorm(n45)
n1500 <- 1500; x1500 <- rnorm(n1500); y1500 <- 0.1 * x1500 + rnorm(n1500)
datasets <- list(
  mk("n3", c(1.2, 2.5, 2.9), c(3.1, 2.2, 4.0)),
  mk("n5-no-ties", c(1, 3, 2, 5, 4), c(2.1, 2.9, 3.5, 4.8, 4.0)),
  mk("n9-no-ties", rnorm(9), rnorm(9)),
  mk("n12-edgeworth", 1:12 + rnorm(12, sd = 3), rnorm(12)),
  mk("n30-ties", sample(1:6, 30, TRUE), sample(1:5, 30, TRUE)),
  mk("n45-kendall-exact", x45, y45),
  mk("n60-negative", (1:60) / 7, -(1:60) / 7 + rnorm(60, sd = 3)),
  mk("n1500-large", x1500, y1500),
  mk("tiny-scale", rnorm(20) * 1e-300, rnorm(20) * 1e-300, 1e-300),
  mk("huge-scale", rnorm(20) * 1e300, rnorm(20) * 1e300, 1e300),
  mk("perfect-monotone", c(1, 2, 4, 8, 16, 32), c(0.1, 0.2, 0.3, 0.4, 0.5, 0.6))
)
ct <- function(x, y, ...) suppressWarnings(cor.test(x, y, ...))
pick <- function(t) list(statistic = unname(t$statistic), p = t$p.value, estimate = unname(t$estimate),
                         df = if (is.null(t$parameter)) NA else unname(t$parameter),
                         ci = if (is.null(t$conf.int)) c(NA, NA) else as.numeric(t$conf.int))
out <- lapply(datasets, function(d) {
  x <- d$x / d$scale; y <- d$y / d$scale
  res <- list()
  for (alt in c("two.sided", "less", "greater")) {
    res[[length(res) + 1]] <- c(list(method = "pearson", alternative = alt, exact = NA, continuity = FALSE), pick(ct(x, y, method = "pearson", alternative = alt)))
    res[[length(res) + 1]] <- c(list(method = "pearson", alternative = alt, exact = NA, continuity = FALSE, level = 0.9), pick(ct(x, y, method = "pearson", alternative = alt, conf.level = 0.9)))
    for (m in c("spearman", "kendall")) {
      res[[length(res) + 1]] <- c(list(method = m, alternative = alt, exact = NA, continuity = FALSE), pick(ct(x, y, method = m, alternative = alt)))
      res[[length(res) + 1]] <- c(list(method = m, alternative = alt, exact = FALSE, continuity = FALSE), pick(ct(x, y, method = m, alternative = alt, exact = FALSE)))
      res[[length(res) + 1]] <- c(list(method = m, alternative = alt, exact = FALSE, continuity = TRUE), pick(ct(x, y, method = m, alternative = alt, exact = FALSE, continuity = TRUE)))
    }
  }
  list(name = d$name, x = d$x, y = d$y, tests = res)
})
write_json(out, "tests/reference/statistics/golden/correlation.json", digits = NA, auto_unbox = TRUE, na = "string")
cat("correlation goldens written\n")
