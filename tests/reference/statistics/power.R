# Golden values for Ferrum.Statistics Power/.
#  - t test and two proportions: R's stats::power.t.test / power.prop.test. Solved quantities use tol = 1e-12
#    (R's default tol = eps^0.25 stops uniroot near 1e-4; Ferrum solves to full precision).
#  - AUC (Obuchowski & McClish 1997): pROC 1.18's power.roc.test for one ROC curve.
#  - Mann-Whitney (Noether 1987, JASA 82:645-647) and the Hanley & McNeil (1982, Radiology 143:29-36) SE of an AUC:
#    not in R's stats, so the published formulas are written out below.
# Run from the repository root: Rscript tests/reference/statistics/power.R
suppressMessages({ library(pROC); library(jsonlite) })
tol <- 1e-12
tt <- list()
for (type in c("two.sample", "one.sample", "paired")) for (alt in c("two.sided", "one.sided")) for (strict in c(FALSE, TRUE)) {
  for (cfg in list(list(n = 20, delta = 1, sd = 1), list(n = 5, delta = 0.4, sd = 2), list(n = 300, delta = 0.2, sd = 1.3), list(n = 2, delta = 3, sd = 1))) {
    p <- power.t.test(n = cfg$n, delta = cfg$delta, sd = cfg$sd, type = type, alternative = alt, strict = strict)
    tt[[length(tt) + 1]] <- list(solve = "power", type = type, alternative = alt, strict = strict, n = cfg$n, delta = cfg$delta, sd = cfg$sd, sig = 0.05, power = p$power)
  }
  for (cfg in list(list(delta = 1, power = 0.8, sd = 1, sig = 0.05), list(delta = 0.3, power = 0.9, sd = 1.5, sig = 0.01), list(delta = 2.5, power = 0.8, sd = 1, sig = 0.05))) {
    p <- power.t.test(delta = cfg$delta, power = cfg$power, sd = cfg$sd, sig.level = cfg$sig, type = type, alternative = alt, strict = strict, tol = tol)
    tt[[length(tt) + 1]] <- list(solve = "n", type = type, alternative = alt, strict = strict, n = p$n, delta = cfg$delta, sd = cfg$sd, sig = cfg$sig, power = cfg$power)
    q <- power.t.test(n = 25, power = cfg$power, sd = cfg$sd, sig.level = cfg$sig, type = type, alternative = alt, strict = strict, tol = tol)
    tt[[length(tt) + 1]] <- list(solve = "delta", type = type, alternative = alt, strict = strict, n = 25, delta = q$delta, sd = cfg$sd, sig = cfg$sig, power = cfg$power)
  }
}
pp <- list()
for (alt in c("two.sided", "one.sided")) for (strict in c(FALSE, TRUE)) {
  for (cfg in list(c(50, 0.5, 0.75), c(12, 0.1, 0.4), c(2000, 0.30, 0.32))) {
    p <- power.prop.test(n = cfg[1], p1 = cfg[2], p2 = cfg[3], alternative = alt, strict = strict)
    pp[[length(pp) + 1]] <- list(solve = "power", alternative = alt, strict = strict, n = cfg[1], p1 = cfg[2], p2 = cfg[3], sig = 0.05, power = p$power)
  }
  for (cfg in list(c(0.5, 0.75, 0.9, 0.05), c(0.2, 0.1, 0.8, 0.01))) {
    p <- power.prop.test(p1 = cfg[1], p2 = cfg[2], power = cfg[3], sig.level = cfg[4], alternative = alt, strict = strict, tol = tol)
    pp[[length(pp) + 1]] <- list(solve = "n", alternative = alt, strict = strict, n = p$n, p1 = cfg[1], p2 = cfg[2], sig = cfg[4], power = cfg[3])
  }
}
roc <- list()
for (alt in c("two.sided", "one.sided")) {
  for (cfg in list(c(0.8, 0.9, 1, 0.05), c(0.65, 0.8, 2.5, 0.05), c(0.95, 0.95, 0.5, 0.01))) {
    p <- power.roc.test(auc = cfg[1], power = cfg[2], kappa = cfg[3], sig.level = cfg[4], alternative = alt)
    roc[[length(roc) + 1]] <- list(solve = "ncases", alternative = alt, auc = cfg[1], power = cfg[2], kappa = cfg[3], sig = cfg[4], ncases = p$ncases, ncontrols = p$ncontrols)
  }
  for (cfg in list(c(0.8, 30, 30, 0.05), c(0.7, 40, 100, 0.05), c(0.6, 200, 150, 0.01))) {
    p <- power.roc.test(auc = cfg[1], ncases = cfg[2], ncontrols = cfg[3], sig.level = cfg[4], alternative = alt)
    roc[[length(roc) + 1]] <- list(solve = "power", alternative = alt, auc = cfg[1], ncases = cfg[2], ncontrols = cfg[3], sig = cfg[4], power = p$power)
  }
}
# Noether (1987): N = (z_{1-a/s} + z_{1-b})^2 / (12 c (1 - c) (p - 1/2)^2); power = pnorm(sqrt(12 c (1 - c) N) |p - 1/2| - z_{1-a/s}).
noether <- list()
for (sides in c(2, 1)) for (cfg in list(c(0.7, 0.8, 0.05, 0.5), c(0.6, 0.9, 0.01, 0.3), c(0.35, 0.8, 0.05, 0.7))) {
  za <- qnorm(1 - cfg[3] / sides); zb <- qnorm(cfg[2]); c <- cfg[4]
  N <- (za + zb)^2 / (12 * c * (1 - c) * (cfg[1] - 0.5)^2)
  pw <- pnorm(sqrt(12 * c * (1 - c) * 150) * abs(cfg[1] - 0.5) - za)
  noether[[length(noether) + 1]] <- list(sides = sides, p = cfg[1], power = cfg[2], sig = cfg[3], fraction = c, N = N, power_at_150 = pw)
}
# Hanley & McNeil (1982), Table/equation for SE(A).
hm <- lapply(list(c(0.5, 10, 10), c(0.8, 50, 70), c(0.95, 200, 40), c(0.62, 1, 5)), function(cfg) {
  A <- cfg[1]; na <- cfg[2]; nn <- cfg[3]; Q1 <- A / (2 - A); Q2 <- 2 * A^2 / (1 + A)
  list(auc = A, cases = na, controls = nn, se = sqrt((A * (1 - A) + (na - 1) * (Q1 - A^2) + (nn - 1) * (Q2 - A^2)) / (na * nn)))
})
write_json(list(t = tt, prop = pp, roc = roc, noether = noether, hanley_mcneil = hm),
           "tests/reference/statistics/golden/power.json", digits = NA, auto_unbox = TRUE)
cat("power goldens written\n")
