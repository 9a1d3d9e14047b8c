#!/usr/bin/env Rscript
# Golden values for Ferrum.Statistics Tests/: t.test (Student, Welch, one-sample, paired),
# wilcox.test (rank sum, exact/normal, with conf.int), kruskal.test, oneway.test, aov,
# chisq.test, fisher.test and shapiro.test, all run with R's own functions (R 4.2.2).
# Generated data are rounded so that the JSON (15 significant digits) holds them exactly.
# Run from the repository root: Rscript tests/reference/statistics/tests_classical.R
suppressPackageStartupMessages(library(jsonlite))
out_dir <- file.path("tests", "reference", "statistics", "golden")
save <- function(x, file) write_json(x, file.path(out_dir, file), auto_unbox = TRUE, digits = NA, na = "string", null = "null")

# An htest as a plain list; an error as list(error = message).
ht <- function(expr) {
  h <- tryCatch(suppressWarnings(expr), error = function(e) e)
  if (inherits(h, "error")) return(list(error = conditionMessage(h)))
  list(method = h$method, statisticName = names(h$statistic), statistic = unname(h$statistic),
       parameter = if (is.null(h$parameter)) NULL else as.list(h$parameter),
       p = h$p.value,
       estimate = if (is.null(h$estimate)) NULL else as.list(h$estimate),
       conf = if (is.null(h$conf.int)) NULL else c(h$conf.int),
       confLevel = if (is.null(h$conf.int)) NULL else attr(h$conf.int, "conf.level"))
}
alts <- c("two.sided", "less", "greater")

set.seed(42)
two <- list(
  small = list(x = round(rnorm(8, 10, 2), 3), y = round(rnorm(11, 11, 3), 3)),
  tied = list(x = sample(1:5, 15, TRUE), y = sample(2:6, 12, TRUE)),
  unbalanced = list(x = round(rnorm(3), 4), y = round(rnorm(40, 1), 4)),
  n1_x = list(x = 2.5, y = round(rnorm(10), 4)),
  n49_30 = list(x = round(rnorm(49), 5), y = round(rexp(30), 5)),
  n50_20 = list(x = round(rnorm(50), 5), y = round(rnorm(20, 0.3), 5)),
  separated = list(x = 1:10, y = 11:20),
  constant_both = list(x = rep(3, 5), y = rep(3, 6)),
  constant_x = list(x = rep(5, 4), y = c(1, 2, 3, 4.5)),
  large_offset = list(x = 1e9 + c(0.5, 1.25, 2, 3.5, 0.75), y = 1e9 + c(1.5, 2.25, 4, 5.5, 3.75, 2.5)),
  large_n = list(x = round(rnorm(3000), 6), y = round(rnorm(2500, 0.1), 6)),
  large_tied = list(x = sample(0:20, 1500, TRUE), y = sample(0:22, 1800, TRUE))
)

# ---- t tests ---------------------------------------------------------------------------------
tcases <- list()
for (name in names(two)) {
  d <- two[[name]]
  for (alt in alts) for (ve in c(FALSE, TRUE)) {
    tcases[[length(tcases) + 1]] <- list(name = sprintf("%s/%s/%s", name, alt, if (ve) "student" else "welch"),
      kind = "two", data = name, alternative = alt, varEqual = ve, mu = 0, confLevel = 0.95,
      result = ht(t.test(d$x, d$y, alternative = alt, var.equal = ve)))
  }
  tcases[[length(tcases) + 1]] <- list(name = sprintf("%s/mu/welch", name), kind = "two", data = name,
    alternative = "two.sided", varEqual = FALSE, mu = 0.5, confLevel = 0.9,
    result = ht(t.test(d$x, d$y, mu = 0.5, conf.level = 0.9)))
  for (alt in alts) tcases[[length(tcases) + 1]] <- list(name = sprintf("%s/%s/one", name, alt), kind = "one",
    data = name, alternative = alt, mu = 1, confLevel = 0.95, result = ht(t.test(d$x, mu = 1, alternative = alt)))
  m <- min(length(d$x), length(d$y))
  if (m >= 1) for (alt in alts) tcases[[length(tcases) + 1]] <- list(name = sprintf("%s/%s/paired", name, alt),
    kind = "paired", data = name, m = m, alternative = alt, mu = 0, confLevel = 0.95,
    result = ht(t.test(d$x[1:m], d$y[1:m], paired = TRUE, alternative = alt)))
}
save(list(source = "R 4.2.2 stats::t.test (paired: first m of x and y)", datasets = two, cases = tcases), "classical_ttest.json")

# ---- Wilcoxon rank sum -----------------------------------------------------------------------
wcases <- list()
addw <- function(name, data, x = two[[data]]$x, y = two[[data]]$y, alt = "two.sided", mu = 0, exact = NULL, correct = TRUE, conf.level = 0.95) {
  wcases[[length(wcases) + 1]] <<- list(name = name, data = data, alternative = alt, mu = mu,
    exact = if (is.null(exact)) "auto" else exact, correct = correct, confLevel = conf.level,
    result = ht(wilcox.test(x, y, alternative = alt, mu = mu, exact = exact, correct = correct,
                            conf.int = TRUE, conf.level = conf.level)),
    noCi = ht(wilcox.test(x, y, alternative = alt, mu = mu, exact = exact, correct = correct)))
}
for (name in names(two)) {
  d <- two[[name]]
  for (alt in alts) addw(sprintf("%s/%s", name, alt), name, alt = alt)
  addw(sprintf("%s/uncorrected", name), name, correct = FALSE)
  if (length(d$x) + length(d$y) < 100) addw(sprintf("%s/normal", name), name, exact = FALSE)
  addw(sprintf("%s/mu", name), name, mu = 0.7, conf.level = 0.9)
}
two$tiny_1v1 <- list(x = 1, y = 2)
two$tiny_1v59 <- list(x = 1, y = 2:60)
two$tiny_2v3 <- list(x = c(1.5, 2.5), y = c(0.2, 3.1, 4.4))
addw("tiny_1v1", "tiny_1v1")
addw("tiny_1v59", "tiny_1v59", exact = FALSE)
addw("tiny_2v3/99", "tiny_2v3", conf.level = 0.99)
save(list(source = "R 4.2.2 stats::wilcox.test (conf.int = TRUE; noCi: conf.int = FALSE)", datasets = two, cases = wcases), "classical_wilcoxon.json")

# ---- Kruskal-Wallis and one-way ANOVA ----------------------------------------------------------
groups <- list(
  three_small = list(c(2.9, 3.0, 2.5, 2.6, 3.2), c(3.8, 2.7, 4.0, 2.4), c(2.8, 3.4, 3.7, 2.2, 2.0)),
  tied = list(c(1, 2, 2, 3), c(2, 3, 3, 4, 4), c(1, 1, 2)),
  two_groups = list(two$small$x, two$small$y),
  unbalanced_four = list(round(rnorm(3, 5), 4), round(rnorm(30, 5.5), 4), round(rnorm(12, 4.8, 2), 4), round(rnorm(7, 6), 4)),
  large = list(round(rnorm(2000), 6), round(rnorm(1500, 0.05), 6), round(rnorm(2500, -0.02, 1.3), 6)),
  singleton_group = list(c(1.2, 3.4, 2.2), 7.1, c(4.4, 5.0)),
  constant = list(c(2, 2, 2), c(2, 2))
)
kcases <- lapply(names(groups), function(name) {
  g <- groups[[name]]
  y <- unlist(g); f <- factor(rep(seq_along(g), lengths(g)))
  a <- tryCatch({ s <- summary(aov(y ~ f))[[1]]
    list(f = s[1, "F value"], df1 = s[1, "Df"], df2 = s[2, "Df"], p = s[1, "Pr(>F)"],
         ssBetween = s[1, "Sum Sq"], ssWithin = s[2, "Sum Sq"]) }, error = function(e) list(error = conditionMessage(e)))
  list(name = name, groups = g,
       kruskal = ht(kruskal.test(g)),
       onewayEqual = ht(oneway.test(y ~ f, var.equal = TRUE)),
       onewayWelch = ht(oneway.test(y ~ f, var.equal = FALSE)),
       aov = a)
})
save(list(source = "R 4.2.2 stats::kruskal.test, oneway.test, summary(aov())", cases = kcases), "classical_groups.json")

# ---- chi-square and Fisher ---------------------------------------------------------------------
tables <- list(
  t2x2 = matrix(c(12, 5, 7, 9), 2),
  t2x2_small = matrix(c(3, 1, 1, 3), 2),
  t2x2_zero = matrix(c(0, 5, 6, 2), 2),
  t2x2_hi = matrix(c(10, 0, 3, 8), 2),
  t2x2_large = matrix(c(1200, 830, 950, 1010), 2),
  t2x2_yates_small_diff = matrix(c(10, 10, 10, 11), 2),
  t2x2_equal_expected = matrix(c(5, 5, 5, 5), 2),
  t2x2_unbalanced = matrix(c(1, 40, 9, 250), 2),
  t3x2 = matrix(c(20, 15, 30, 25, 18, 12), 3),
  t3x4 = matrix(c(5, 8, 12, 3, 7, 9, 4, 6, 10, 11, 2, 5), 3),
  t2x3_small = matrix(c(3, 0, 1, 4, 2, 2), 2),
  t3x3_sparse = matrix(c(4, 0, 0, 1, 3, 0, 0, 1, 5), 3),
  t4x2_symmetric = matrix(c(2, 2, 3, 3, 3, 3, 2, 2), 4)
)
ccases <- lapply(names(tables), function(name) {
  m <- tables[[name]]
  fish <- if (all(dim(m) == 2)) lapply(setNames(alts, alts), function(a) ht(fisher.test(m, alternative = a))) else NULL
  list(name = name, table = lapply(seq_len(nrow(m)), function(i) m[i, ]),
       chisq = ht(chisq.test(m)), chisqUncorrected = ht(chisq.test(m, correct = FALSE)),
       expected = lapply(seq_len(nrow(m)), function(i) suppressWarnings(chisq.test(m))$expected[i, ]),
       fisher = fish,
       fisherRxC = if (!all(dim(m) == 2)) ht(fisher.test(m)) else NULL,
       fisher90 = if (all(dim(m) == 2)) ht(fisher.test(m, conf.level = 0.9)) else NULL,
       fisherOr2 = if (all(dim(m) == 2)) ht(fisher.test(m, or = 2)) else NULL)
})
gof <- list(
  list(name = "gof/uniform", x = c(18, 22, 25, 15, 20), p = rep(0.2, 5)),
  list(name = "gof/given", x = c(30, 50, 20), p = c(0.25, 0.5, 0.25)))
gof <- lapply(gof, function(g) c(g, list(chisq = ht(chisq.test(g$x, p = g$p)))))
save(list(source = "R 4.2.2 stats::chisq.test, fisher.test (2x2: conditional MLE and CI)", cases = ccases, gof = gof), "classical_contingency.json")

# ---- Shapiro-Wilk ------------------------------------------------------------------------------
sw <- list(
  n3 = c(1.1, 2.3, 2.9),
  n3_equal_spacing = c(1, 2, 3),
  n4 = c(3.2, 1.5, 4.8, 2.2),
  n5 = c(2.1, 3.4, 1.9, 5.6, 4.4),
  n11 = c(148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236),
  normal_20 = round(rnorm(20), 5),
  normal_100 = round(rnorm(100, 50, 10), 5),
  exp_50 = round(rexp(50), 5),
  tied = c(1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 5, 5),
  uniform_1000 = round(runif(1000), 6),
  normal_5000 = round(rnorm(5000), 6),
  tiny_range = c(1, 1 + 2e-11, 1 + 5e-11, 1 + 9e-11, 1 + 3e-11),
  constant = rep(2, 5),
  n2 = c(1, 2),
  n5001 = round(rnorm(5001), 6)
)
scases <- lapply(names(sw), function(name) list(name = name, x = sw[[name]], result = ht(shapiro.test(sw[[name]]))))
save(list(source = "R 4.2.2 stats::shapiro.test (Royston's swilk.c)", cases = scases), "classical_shapiro.json")

# ---- Wilcoxon rank sum, exact distribution conditional on ties (Ferrum's exactConditional option) ----
# R has no such option; this is its definition by brute force: every way of choosing which n.x of the
# pooled mid-ranks belong to x is equally likely; p-values use R's exact-test rule (doubling the smaller tail).
cond <- function(x, y, alt) {
  r <- rank(c(x, y)); n.x <- length(x); N <- length(r)
  s <- sum(r[seq_along(x)]); W <- s - n.x * (n.x + 1) / 2
  sums <- combn(N, n.x, function(i) sum(r[i]))
  eps <- 1e-9
  lower <- mean(sums <= s + eps); upper <- mean(sums >= s - eps)
  p <- switch(alt, less = lower, greater = upper,
              two.sided = min(1, 2 * (if (W > n.x * length(y) / 2) upper else lower)))
  list(W = W, p = p)
}
condsets <- list(
  tied_small = list(x = c(1, 2, 2, 3, 5), y = c(2, 3, 3, 4, 4, 6)),
  tied_heavy = list(x = c(0, 0, 1, 1, 1), y = c(1, 1, 2, 2, 2, 2, 3)),
  no_ties = list(x = c(1.1, 2.5, 3.7), y = c(0.4, 2.9, 5.1, 6.3)),
  tied_unbalanced = list(x = c(3, 3), y = c(1, 2, 3, 3, 4, 5, 5, 6, 7, 8)),
  tied_12 = list(x = c(2, 4, 4, 5, 7, 7), y = c(1, 2, 2, 4, 5, 5, 6, 9))
)
ccond <- list()
for (name in names(condsets)) for (alt in alts) {
  d <- condsets[[name]]
  ccond[[length(ccond) + 1]] <- c(list(name = sprintf("%s/%s", name, alt), x = d$x, y = d$y, alternative = alt), cond(d$x, d$y, alt))
}
save(list(source = "brute-force enumeration in R 4.2.2 (combn over pooled mid-ranks)", cases = ccond), "classical_wilcoxon_conditional.json")

# ---- Wilcoxon signed rank (one-sample and paired) ------------------------------------------------
scases <- list()
adds <- function(name, data, kind, alt = "two.sided", mu = 0, exact = NULL, correct = TRUE, conf.level = 0.95) {
  d <- two[[data]]; m <- min(length(d$x), length(d$y))
  run <- function(ci) ht(if (kind == "paired") wilcox.test(d$x[1:m], d$y[1:m], paired = TRUE, alternative = alt, mu = mu,
                                                            exact = exact, correct = correct, conf.int = ci, conf.level = conf.level)
                         else wilcox.test(d$x, alternative = alt, mu = mu, exact = exact, correct = correct, conf.int = ci, conf.level = conf.level))
  scases[[length(scases) + 1]] <<- list(name = name, data = data, kind = kind, m = m, alternative = alt, mu = mu,
    exact = if (is.null(exact)) "auto" else exact, correct = correct, confLevel = conf.level, result = run(TRUE), noCi = run(FALSE))
}
two$signed_zero <- list(x = c(1.5, 0, -0.5, 2.25, 3, 0, 4.5, -1.25), y = rep(0, 8))
two$signed_tied <- list(x = c(1, 2, 2, -1, 3, 3, 3, -2, 4, 5), y = rep(0, 10))
two$signed_n1 <- list(x = 2.5, y = 0)
for (name in c("small", "tied", "unbalanced", "n49_30", "n50_20", "separated", "constant_x", "large_offset", "large_n",
               "large_tied", "signed_zero", "signed_tied", "tiny_2v3")) {
  for (alt in alts) adds(sprintf("%s/one/%s", name, alt), name, "one", alt, mu = if (name == "large_offset") 1e9 + 1 else 0.3)
  adds(sprintf("%s/one/uncorrected", name), name, "one", correct = FALSE)
  adds(sprintf("%s/one/normal90", name), name, "one", exact = FALSE, conf.level = 0.9)
  for (alt in alts) adds(sprintf("%s/paired/%s", name, alt), name, "paired", alt)
}
adds("signed_n1/one", "signed_n1", "one")
save(list(source = "R 4.2.2 stats::wilcox.test (one-sample and paired; conf.int = TRUE, noCi: FALSE)", datasets = two, cases = scases),
     "classical_signed_rank.json")
