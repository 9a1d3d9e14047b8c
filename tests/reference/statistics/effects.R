#!/usr/bin/env Rscript
# Golden values for Ferrum.Statistics Effects/. The packages that define these effect sizes (effectsize,
# tableone) are not in Debian, so their documented formulas are written out here in base R, each with
# its source; every distribution function used is R's own (pt with ncp, qnorm, MASS::ginv).
# Run from the repository root: Rscript tests/reference/statistics/effects.R
suppressPackageStartupMessages({ library(jsonlite); library(MASS) })
out_dir <- file.path("tests", "reference", "statistics", "golden")

# effectsize::cohens_d / hedges_g (pooled_sd = TRUE; R/cohens_d.R, .get_ncp_t in R/utils_ncp.R):
# d = (mean(x) - mean(y) - mu) / sd_pooled; CI = noncentrality parameters of t = d / sqrt(1/n1 + 1/n2) at
# the 1 - alpha/2 and alpha/2 quantiles, times sqrt(1/n1 + 1/n2). effectsize finds them numerically;
# here they are the exact roots (uniroot with tol 1e-13). Hedges' g multiplies d and its CI by
# J = exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df - 1)/2)), df = n1 + n2 - 2.
cohen <- function(x, y, mu = 0, conf = 0.95) {
  n1 <- length(x); n2 <- length(y); df <- n1 + n2 - 2
  s <- sqrt(((n1 - 1) * var(x) + (n2 - 1) * var(y)) / df)
  diff <- mean(x) - mean(y) - mu
  hn <- 1 / n1 + 1 / n2
  t <- diff / (s * sqrt(hn))
  alpha <- 1 - conf
  ncp <- function(p) {
    w <- 10 + abs(t)
    uniroot(function(q) suppressWarnings(pt(t, df, ncp = q)) - p, c(t - 2 * w, t + 2 * w), tol = 1e-13)$root
  }
  J <- exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
  d <- diff / s; lo <- ncp(1 - alpha / 2) * sqrt(hn); hi <- ncp(alpha / 2) * sqrt(hn)
  list(d = d, dCi = c(lo, hi), g = d * J, gCi = c(lo, hi) * J, J = J)
}

# effectsize::rank_biserial (R/rank_biserial.R): r = 2 U / (n1 n2) - 1 with U from the ranks of c(x - mu, y);
# CI = tanh(atanh(r) +- qnorm(1 - alpha/2) * sqrt((n1 + n2 + 1) / (3 n1 n2))).
rbs <- function(x, y, mu = 0, conf = 0.95) {
  n1 <- length(x); n2 <- length(y)
  u <- sum(rank(c(x - mu, y))[seq_along(x)]) - n1 * (n1 + 1) / 2
  r <- 2 * u / (n1 * n2) - 1
  se <- sqrt((n1 + n2 + 1) / (3 * n1 * n2))
  list(r = r, ci = tanh(atanh(r) + c(-1, 1) * qnorm(1 - (1 - conf) / 2) * se))
}

# tableone (R/modules-smd.R, StdDiff): |m1 - m2| / sqrt((v1 + v2) / 2); 0 when both are 0.
smd_cont <- function(x, y) { d <- mean(x) - mean(y); v <- (var(x) + var(y)) / 2; if (d == 0 && v == 0) 0 else abs(d / sqrt(v)) }
smd_bin <- function(e1, n1, e2, n2) { p1 <- e1 / n1; p2 <- e2 / n2; d <- p1 - p2; v <- (p1 * (1 - p1) + p2 * (1 - p2)) / 2
  if (d == 0 && v == 0) 0 else abs(d / sqrt(v)) }
# tableone StdDiffMulti / StdDiffFromLstMeans: Mahalanobis distance of level proportions without the first
# level, pooled multinomial covariance, MASS::ginv; NaN when the covariance is all zero and the means differ.
smd_cat <- function(c1, c2) {
  p1 <- (c1 / sum(c1))[-1]; p2 <- (c2 / sum(c2))[-1]
  mv <- function(p) { m <- -outer(p, p); diag(m) <- p * (1 - p); m }
  S <- (mv(p1) + mv(p2)) / 2; TC <- p1 - p2
  if (all(S == 0)) return(if (all(TC == 0)) 0 else NaN)
  sqrt(drop(t(TC) %*% ginv(S) %*% TC))
}

set.seed(7)
data <- list(
  small = list(x = round(rnorm(8, 10, 2), 3), y = round(rnorm(11, 11, 3), 3)),
  tied = list(x = sample(1:5, 15, TRUE), y = sample(2:6, 12, TRUE)),
  unbalanced = list(x = round(rnorm(3), 4), y = round(rnorm(40, 1), 4)),
  large_effect = list(x = round(rnorm(20, 3), 4), y = round(rnorm(25), 4)),
  separated = list(x = 1:10, y = 11:20),
  large_n = list(x = round(rnorm(3000, 0.2), 6), y = round(rnorm(2500), 6)),
  minimal = list(x = c(1.5, 2.5), y = c(2, 4.5))
)
cases <- lapply(names(data), function(name) {
  d <- data[[name]]
  list(name = name, x = d$x, y = d$y,
       cohen = cohen(d$x, d$y), cohen90mu = cohen(d$x, d$y, mu = 0.5, conf = 0.9),
       rbs = rbs(d$x, d$y), rbs90mu = rbs(d$x, d$y, mu = 0.5, conf = 0.9),
       smd = smd_cont(d$x, d$y))
})
binary <- list(
  list(name = "binary/typical", e1 = 30, n1 = 100, e2 = 45, n2 = 100),
  list(name = "binary/unequal_n", e1 = 3, n1 = 17, e2 = 40, n2 = 120),
  list(name = "binary/identical_constant", e1 = 0, n1 = 10, e2 = 0, n2 = 12),
  list(name = "binary/opposite_constant", e1 = 0, n1 = 10, e2 = 12, n2 = 12))
binary <- lapply(binary, function(b) c(b, list(smd = smd_bin(b$e1, b$n1, b$e2, b$n2),
                                                    smdMulti = smd_cat(c(b$n1 - b$e1, b$e1), c(b$n2 - b$e2, b$e2)))))
categorical <- list(
  list(name = "cat/three", c1 = c(10, 20, 30), c2 = c(15, 15, 25)),
  list(name = "cat/four", c1 = c(5, 0, 12, 40), c2 = c(9, 3, 10, 22)),
  list(name = "cat/empty_level", c1 = c(10, 0, 5), c2 = c(7, 0, 9)),
  list(name = "cat/same", c1 = c(4, 8, 12), c2 = c(2, 4, 6)))
categorical <- lapply(categorical, function(k) c(k, list(smd = smd_cat(k$c1, k$c2))))
write_json(list(source = "formulas of effectsize 0.8 (cohens_d, hedges_g, rank_biserial) and tableone 0.13 (StdDiff, StdDiffMulti) written in R 4.2.2",
                cases = cases, binary = binary, categorical = categorical),
           file.path(out_dir, "effects_sizes.json"), auto_unbox = TRUE, digits = NA, na = "string")
