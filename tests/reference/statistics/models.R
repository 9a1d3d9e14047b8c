# Golden values for Ferrum.Statistics Regression/ (Debian R 4.2.2, MASS 7.3, brglm2 0.9).
# Run from the repository root:  Rscript tests/reference/statistics/models.R
# Writes golden/models_logistic.json, golden/models_firth.json and golden/models_linear.json.
# Logistic: glm(binomial) with summary(), confint.default() (Wald), confint() (profile likelihood; in R 4.2
# this is MASS's confint.glm), AIC, logLik, and anova(reduced, full, test = "LRT").
# Firth: brglm2::brglmFit(type = "AS_mean"), which for the logit link is Firth's (1993) penalized likelihood;
# cross-checked here against a direct Newton iteration on Heinze & Schemper's (2002) modified score.
# Linear: lm with summary() and confint().
suppressPackageStartupMessages({ library(jsonlite); library(MASS); library(brglm2) })
here <- "tests/reference/statistics"
stopifnot(identical(environment(confint.glm <- getS3method("confint", "glm")), asNamespace("MASS")))

data(birthwt, package = "MASS")
bw <- data.frame(low = birthwt$low, age = birthwt$age, lwt = birthwt$lwt,
                 race = factor(c("white", "black", "other")[birthwt$race], levels = c("white", "black", "other")),
                 smoke = birthwt$smoke, ptl = birthwt$ptl, bwt = birthwt$bwt)

set.seed(20261124)
n <- 240
sim <- data.frame(age = round(runif(n, 20, 80)), sex = sample(c("female", "male"), n, replace = TRUE),
                  marker = round(rlnorm(n, 3, 0.6), 2))
sim$case <- rbinom(n, 1, plogis(-3 + 0.02 * sim$age + 0.5 * (sim$sex == "male") + 0.6 * log(sim$marker)))
rare <- data.frame(x = round(rnorm(1000), 4))
rare$y <- rbinom(1000, 1, plogis(-4.5 + 0.8 * rare$x))
small <- data.frame(x = c(1.2, 2.3, 2.9, 3.1, 3.8, 4.4, 5.0, 5.7, 6.1, 7.4, 8.0, 9.3),
                    y = c(0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1))

logistic_case <- function(name, formula, data) {
  m <- glm(formula, family = binomial, data = data)
  s <- summary(m)$coefficients
  wald <- confint.default(m)
  prof <- matrix(suppressMessages(confint(m)), ncol = 2)
  X <- model.matrix(m)
  list(name = name, formula = deparse(formula), columns = I(colnames(X)), x = unname(split(X, row(X))), y = unname(m$y),
       coefficients = lapply(seq_len(nrow(s)), function(i) list(
         term = rownames(s)[i], estimate = s[i, 1], se = s[i, 2], z = s[i, 3], p = s[i, 4],
         waldLower = wald[i, 1], waldUpper = wald[i, 2], profileLower = prof[i, 1], profileUpper = prof[i, 2])),
       deviance = deviance(m), nullDeviance = m$null.deviance, dfResidual = m$df.residual, dfNull = m$df.null,
       aic = AIC(m), logLik = as.numeric(logLik(m)), iterations = m$iter)
}

logistic <- list(
  logistic_case("birthwt low ~ age + lwt + race + smoke", low ~ age + lwt + race + smoke, bw),
  logistic_case("birthwt low ~ smoke (single binary covariate)", low ~ smoke, bw),
  logistic_case("simulated case ~ age + sex + log(marker)", case ~ age + sex + log(marker), sim),
  logistic_case("rare events (n = 1000)", y ~ x, rare),
  logistic_case("small (n = 12)", y ~ x, small),
  logistic_case("no intercept", y ~ 0 + x, small)
)
full <- glm(low ~ age + lwt + race + smoke, family = binomial, data = bw)
reduced <- glm(low ~ age + lwt + smoke, family = binomial, data = bw)
a <- anova(reduced, full, test = "LRT")
lrt <- list(full = logistic[[1]]$name, reducedColumns = I(colnames(model.matrix(reduced))),
            deviance = a$Deviance[2], df = a$Df[2], p = a[["Pr(>Chi)"]][2])
birthwtRaw <- list(age = bw$age, lwt = bw$lwt, race = as.character(bw$race), smoke = bw$smoke, low = bw$low,
                   raceLevels = levels(bw$race))
writeLines(toJSON(list(source = "tests/reference/statistics/models.R", r = R.version.string,
                       mass = as.character(packageVersion("MASS")), cases = logistic, lrt = lrt, birthwt = birthwtRaw),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(here, "golden/models_logistic.json"))

# Firth: brglm2 and a direct implementation of Heinze & Schemper's modified-score Newton iteration.
firth_direct <- function(X, y) {
  b <- rep(0, ncol(X))
  for (it in 1:200) {
    p <- plogis(drop(X %*% b)); w <- p * (1 - p)
    I <- crossprod(X * sqrt(w)); Iinv <- solve(I)
    h <- rowSums((X * sqrt(w)) %*% Iinv * (X * sqrt(w)))
    U <- crossprod(X, y - p + h * (0.5 - p))
    step <- drop(Iinv %*% U); b <- b + step
    if (max(abs(step)) < 1e-12) break
  }
  b
}
# Profile penalized likelihood (logistf's default intervals and tests; logistf is not in Debian), written from
# Heinze & Schemper (2002) section 2.2: maximise l*(beta) = l(beta) + 0.5 log|I(beta)| over the other coefficients
# with beta_j fixed (Newton on their modified-score components, step halving on l*), then solve
# 2 [l*(hat beta) - l*_j(b)] = qchisq(0.95, 1) with uniroot.
pen_loglik <- function(X, y, b) {
  eta <- drop(X %*% b); p <- plogis(eta)
  sum(y * eta - log1p(exp(eta))) + 0.5 * as.numeric(determinant(crossprod(X * sqrt(p * (1 - p))))$modulus)
}
firth_fixed <- function(X, y, j, value, start) {
  b <- start; b[j] <- value; free <- setdiff(seq_len(ncol(X)), j)
  for (it in 1:500) {
    p <- plogis(drop(X %*% b)); w <- p * (1 - p)
    I <- crossprod(X * sqrt(w)); Iinv <- solve(I)
    h <- rowSums((X * sqrt(w)) %*% Iinv * (X * sqrt(w)))
    U <- drop(crossprod(X, y - p + h * (0.5 - p)))
    step <- rep(0, ncol(X)); step[free] <- solve(I[free, free, drop = FALSE], U[free])
    if (max(abs(step)) > 5) step <- step * 5 / max(abs(step))
    l0 <- pen_loglik(X, y, b)
    for (k in 1:30) { if (pen_loglik(X, y, b + step) >= l0 - 1e-12 * abs(l0)) break; step <- step / 2 }
    b <- b + step
    if (max(abs(step)) < 1e-13) break
  }
  pen_loglik(X, y, b)
}
firth_profile <- function(X, y, bhat, se) {
  lmax <- pen_loglik(X, y, bhat); cut <- qchisq(0.95, 1) / 2
  t(sapply(seq_along(bhat), function(j) {
    f <- function(v) lmax - firth_fixed(X, y, j, v, bhat) - cut
    lim <- function(dir) {
      inner <- bhat[j]
      for (k in 1:60) { outer <- bhat[j] + dir * k * se[j]; if (f(outer) > 0) break; inner <- outer }
      uniroot(f, sort(c(inner, outer)), tol = 1e-13)$root
    }
    c(lower = lim(-1), upper = lim(1), p = pchisq(2 * (lmax - firth_fixed(X, y, j, 0, bhat)), 1, lower.tail = FALSE))
  }))
}
separated <- data.frame(x = c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), y = c(0, 0, 0, 0, 0, 1, 1, 1, 1, 1))
quasi <- data.frame(x = c(1, 2, 3, 4, 5, 5, 6, 7, 8, 9), y = c(0, 0, 0, 0, 0, 1, 1, 1, 1, 1))
sepSex <- data.frame(age = c(34, 45, 51, 29, 62, 58, 40, 47, 55, 38, 61, 44),
                     sex = c("female", "male", "male", "female", "male", "female", "female", "male", "male", "female", "male", "female"),
                     y = c(0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0))
firth_case <- function(name, formula, data, separation) {
  m <- glm(formula, family = binomial, data = data, method = "brglmFit", type = "AS_mean", epsilon = 1e-12, maxit = 1000)
  s <- summary(m)$coefficients
  X <- model.matrix(m)
  direct <- firth_direct(X, m$y)
  stopifnot(max(abs(direct - coef(m))) < 1e-8)
  prof <- firth_profile(X, m$y, coef(m), s[, 2])
  list(name = name, separation = separation, columns = I(colnames(X)), x = unname(split(X, row(X))), y = unname(m$y),
       coefficients = lapply(seq_len(nrow(s)), function(i) list(term = rownames(s)[i], estimate = s[i, 1], se = s[i, 2], z = s[i, 3], p = s[i, 4],
         profileLower = prof[i, "lower"], profileUpper = prof[i, "upper"], penalizedLrtP = prof[i, "p"])),
       deviance = deviance(m))
}
firth <- list(
  firth_case("complete separation", y ~ x, separated, "complete"),
  firth_case("quasi-complete separation", y ~ x, quasi, "quasi-complete"),
  firth_case("sex separates the outcome", y ~ age + sex, sepSex, "complete"),
  firth_case("birthwt (not separated)", low ~ age + lwt + race + smoke, bw, "none")
)
writeLines(toJSON(list(source = "tests/reference/statistics/models.R (brglm2 brglmFit, type = AS_mean)",
                       brglm2 = as.character(packageVersion("brglm2")), cases = firth),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(here, "golden/models_firth.json"))

linear_case <- function(name, formula, data) {
  m <- lm(formula, data = data)
  s <- summary(m)
  ci <- confint(m)
  X <- model.matrix(m)
  f <- s$fstatistic
  list(name = name, columns = I(colnames(X)), x = unname(split(X, row(X))), y = unname(model.response(model.frame(m))),
       coefficients = lapply(seq_len(nrow(s$coefficients)), function(i) list(
         term = rownames(s$coefficients)[i], estimate = s$coefficients[i, 1], se = s$coefficients[i, 2],
         t = s$coefficients[i, 3], p = s$coefficients[i, 4], lower = ci[i, 1], upper = ci[i, 2])),
       sigma = s$sigma, df = m$df.residual, rSquared = s$r.squared, adjRSquared = s$adj.r.squared,
       fStatistic = if (is.null(f)) NULL else unname(f[1]), fNumDf = if (is.null(f)) NULL else unname(f[2]),
       fDenDf = if (is.null(f)) NULL else unname(f[3]),
       fP = if (is.null(f)) NULL else unname(pf(f[1], f[2], f[3], lower.tail = FALSE)),
       logLik = as.numeric(logLik(m)), aic = AIC(m))
}
linear <- list(
  linear_case("birthwt bwt ~ age + lwt + race + smoke", bwt ~ age + lwt + race + smoke, bw),
  linear_case("mtcars mpg ~ wt + hp", mpg ~ wt + hp, mtcars),
  linear_case("small (n = 12)", y ~ x, transform(small, y = c(2.1, 2.9, 3.2, 4.8, 5.1, 5.0, 6.9, 7.2, 8.8, 9.1, 9.9, 12.2))),
  linear_case("no intercept", mpg ~ 0 + wt, mtcars)
)
writeLines(toJSON(list(source = "tests/reference/statistics/models.R", r = R.version.string, cases = linear),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(here, "golden/models_linear.json"))
cat("wrote golden/models_logistic.json, models_firth.json, models_linear.json\n")
