# Golden values for Ferrum.Statistics DoseResponse/ from base R's nls() (Debian R 4.2.2).
# Run from the repository root:  Rscript tests/reference/statistics/dose_response.R
# Writes tests/reference/statistics/golden/dose_response_nls.json.
# Models: drc's log-logistic LL.4/LL.5 written out for nls, f(x) = c + (d-c)/(1+exp(b(log x - log e)))^f,
# and Prism's 4PL form; SEs are nls's (residual variance x (J'WJ)^-1), which is what drc's summary reports.
# ED/inverse-prediction SEs use the delta method with gradients from R's symbolic deriv().
suppressPackageStartupMessages(library(jsonlite))
here <- "tests/reference/statistics"
ctl <- nls.control(maxiter = 1000, tol = 1e-7, minFactor = 1e-12)

ll5 <- function(x, b, c, d, e, f) c + (d - c) / (1 + exp(b * (log(x) - log(e))))^f
ll4 <- function(x, b, c, d, e) c + (d - c) / (1 + exp(b * (log(x) - log(e))))

ryegrass <- read.csv(file.path(here, "golden/ryegrass.csv"))

# An 8-point ELISA-like standard curve (2-fold dilutions, rising 4PL) and a 12-point asymmetric (5PL) curve;
# noise from R's seeded generator so the data are reproducible; the data themselves go into the golden.
set.seed(20261124)
elisa8 <- data.frame(conc = 1000 / 2^(0:7))
elisa8$od <- round(ll4(elisa8$conc, -1.2, 0.05, 2.4, 60) * (1 + rnorm(8, 0, 0.03)), 4)
elisa8$sd <- round(0.02 + 0.03 * elisa8$od, 4)
asym12 <- data.frame(conc = 0.1 * 3^(0:11) / 9)
asym12$y <- round(ll5(asym12$conc, -0.9, 10, 110, 8, 0.35) + rnorm(12, 0, 1.5), 3)

fit_case <- function(name, x, y, model, weights = NULL, sd = NULL, fixedC = NULL, start) {
  message("fitting ", name)
  w <- if (is.null(weights)) rep(1, length(y)) else weights
  if (model == "LL.4" && is.null(fixedC)) {
    m <- nls(y ~ ll4(x, b, c, d, e), start = start, weights = w, control = ctl)
  } else if (model == "LL.4") {
    m <- nls(y ~ ll4(x, b, 0, d, e), start = start, weights = w, control = ctl)
  } else {
    m <- nls(y ~ ll5(x, b, c, d, e, f), start = start, weights = w, control = ctl)
  }
  nlsCoef <- coef(m)
  df <- df.residual(m)
  full <- c(b = NA, c = if (is.null(fixedC)) NA else fixedC, d = NA, e = NA, f = 1)
  full[names(nlsCoef)] <- nlsCoef
  # nls stops at a relative offset of 1e-7 (its numeric derivatives allow no tighter); polish with exact
  # Newton steps on the weighted RSS (gradient and Hessian from deriv3) so the golden is the optimum to
  # machine precision, then evaluate nls's formulas (summary/vcov) there.
  for (it in 1:6) {
    parts <- rss_parts(full, x, y, w)
    step <- solve(rss_hessian(full, names(nlsCoef), x, y, w), -2 * t(parts$J[, names(nlsCoef)]) %*% (w * parts$r))
    full[names(nlsCoef)] <- full[names(nlsCoef)] - drop(step)
  }
  parts <- rss_parts(full, x, y, w)
  cf <- full[names(nlsCoef)]
  Jf <- parts$J[, names(cf), drop = FALSE]
  rssVal <- sum(w * parts$r^2)
  sigma <- sqrt(rssVal / df)
  v <- sigma^2 * solve(t(Jf) %*% (w * Jf))
  tval <- cf / sqrt(diag(v))
  s <- list(sigma = sigma, coefficients = cbind("t value" = tval, "Pr(>|t|)" = 2 * pt(-abs(tval), df)))
  # Delta-method ED_p (relative, as drc) and inverse prediction of a response, via deriv() on log dose.
  edExpr <- deriv(~ log(e) + log(((100 / (100 - p))^(1 / f)) - 1) / b, c("b", "c", "d", "e", "f"), function.arg = c("b", "c", "d", "e", "f", "p"))
  invExpr <- deriv(~ log(e) + log((((d - c) / (yy - c))^(1 / f)) - 1) / b, c("b", "c", "d", "e", "f", "yy"), function.arg = c("b", "c", "d", "e", "f", "yy"))
  V <- matrix(0, 5, 5, dimnames = list(names(full), names(full)))
  V[names(cf), names(cf)] <- v
  # drc's summary/vcov: residual variance x 2 x (Hessian of the weighted RSS)^-1, the observed information
  # including the second-derivative term; exact Hessian here from deriv3 (dose-0 rows have zero curvature).
  Hfree <- rss_hessian(full, names(cf), x, y, w)
  vObs <- 2 * s$sigma^2 * solve(Hfree)
  VObs <- matrix(0, 5, 5, dimnames = list(names(full), names(full)))
  VObs[names(cf), names(cf)] <- vObs
  tq <- qt(0.975, df)
  wNew <- function(yy) switch(if (is.null(weights)) "none" else attr(weights, "kind"),
                               none = 1, "1/y" = 1 / yy, "1/y^2" = 1 / yy^2, NA)
  dose_est <- function(g, target, kind) {
    lx <- as.numeric(g); grad <- attr(g, "gradient")[1, ]
    est <- exp(lx); varCurve <- drop(t(grad[1:5]) %*% V %*% grad[1:5]); se <- est * sqrt(varCurve)
    out <- list(kind = kind, target = target, dose = est, se = se, lower = est - tq * se, upper = est + tq * se)
    if (kind == "inverse" && !is.na(wNew(target))) {
      # calibration: mean of 3 new replicate responses, variance sigma^2 / (3 w(y)) carried by d log x / dy
      seNew <- est * sqrt(varCurve + grad[6]^2 * s$sigma^2 / (3 * wNew(target)))
      out <- c(out, list(seNew3 = seNew, lowerNew3 = est - tq * seNew, upperNew3 = est + tq * seNew))
    }
    out
  }
  ys <- full["c"] + (full["d"] - full["c"]) * c(0.2, 0.5, 0.8)
  all_doses <- function() c(
    # drc's ED() default reference = "control" swaps p to 100 - p for rising curves (b < 0; drc R/EDhelper.R)
    lapply(c(10, 50, 90), function(p) dose_est(edExpr(full["b"], full["c"], full["d"], full["e"], full["f"],
                                                      if (full["b"] < 0) 100 - p else p), p, "ed")),
    lapply(ys, function(yy) dose_est(invExpr(full["b"], full["c"], full["d"], full["e"], full["f"], yy), unname(yy), "inverse")))
  dosesGN <- all_doses()
  V <- VObs
  dosesObs <- all_doses()
  list(name = name, model = model, weighting = if (is.null(weights)) "none" else attr(weights, "kind"),
       dose = x, response = y, sd = if (is.null(sd)) NULL else sd, fixedC = fixedC,
       start = as.list(start), parameters = as.list(full), se = as.list(sqrt(diag(v))),
       tvalue = as.list(s$coefficients[, "t value"]), pvalue = as.list(s$coefficients[, "Pr(>|t|)"]),
       seObserved = as.list(sqrt(diag(vObs))),
       nlsParameters = as.list(nlsCoef), rss = rssVal, sigma = s$sigma, df = df, doses = dosesGN, dosesObserved = dosesObs,
       iterations = m$convInfo$finIter)
}
ll5Hess <- deriv3(~ c + (d - c) / (1 + exp(b * (log(x) - log(e))))^f, c("b", "c", "d", "e", "f"),
                  function.arg = c("x", "b", "c", "d", "e", "f"))
rss_parts <- function(full, x, y, w) {
  pos <- x > 0
  g <- ll5Hess(x[pos], full["b"], full["c"], full["d"], full["e"], full["f"])
  J <- matrix(0, length(x), 5, dimnames = list(NULL, names(full)))
  J[pos, ] <- attr(g, "gradient")
  J[!pos, if (full["b"] > 0) "d" else "c"] <- 1
  fx <- rep(if (full["b"] > 0) full["d"] else full["c"], length(x)); fx[pos] <- as.numeric(g)
  list(J = J, r = y - fx)
}
rss_hessian <- function(full, free, x, y, w) {
  pos <- x > 0
  g <- ll5Hess(x[pos], full["b"], full["c"], full["d"], full["e"], full["f"])
  J <- matrix(0, length(x), 5, dimnames = list(NULL, names(full)))
  J[pos, ] <- attr(g, "gradient")
  f0 <- if (full["b"] > 0) full["d"] else full["c"]
  J[!pos, if (full["b"] > 0) "d" else "c"] <- 1
  fx <- rep(f0, length(x)); fx[pos] <- as.numeric(g)
  r <- y - fx
  H <- 2 * t(J) %*% (w * J)
  H2 <- attr(g, "hessian")
  for (i in which(pos)) H <- H - 2 * w[i] * r[i] * H2[sum(pos[1:i]), , ]
  H[free, free]
}
kind <- function(w, k) { attr(w, "kind") <- k; w }

st4 <- list(b = 2.9, c = 0.5, d = 7.8, e = 3)
cases <- list(
  fit_case("ryegrass LL.4", ryegrass$conc, ryegrass$rootl, "LL.4", start = st4),
  fit_case("ryegrass LL.5", ryegrass$conc, ryegrass$rootl, "LL.5", start = c(st4, f = 1)),
  fit_case("ryegrass LL.4 1/y", ryegrass$conc, ryegrass$rootl, "LL.4", weights = kind(1 / ryegrass$rootl, "1/y"), start = st4),
  fit_case("ryegrass LL.4 1/y^2", ryegrass$conc, ryegrass$rootl, "LL.4", weights = kind(1 / ryegrass$rootl^2, "1/y^2"), start = st4),
  fit_case("ryegrass LL.3 (c fixed at 0)", ryegrass$conc, ryegrass$rootl, "LL.4", fixedC = 0, start = list(b = 2.9, d = 7.8, e = 3)),
  fit_case("elisa8 LL.4", elisa8$conc, elisa8$od, "LL.4", start = list(b = -1, c = 0.05, d = 2.4, e = 50)),
  fit_case("elisa8 LL.4 1/sigma^2", elisa8$conc, elisa8$od, "LL.4", weights = kind(1 / elisa8$sd^2, "1/sigma^2"), sd = elisa8$sd,
           start = list(b = -1, c = 0.05, d = 2.4, e = 50)),
  fit_case("asym12 LL.5", asym12$conc, asym12$y, "LL.5", start = list(b = -1, c = 10, d = 110, e = 8, f = 0.5))
)

# Prism's 4PL form fitted directly (X = log10 conc; dose 0 maps to -Inf): checks the exact transformation of SEs.
prism <- nls(rootl ~ Bottom + (Top - Bottom) / (1 + 10^((LogEC50 - log10(conc)) * HillSlope)), data = ryegrass,
             start = list(Bottom = 0.5, Top = 7.8, LogEC50 = 0.5, HillSlope = -3), control = ctl)
prismOut <- list(name = "ryegrass Prism 4PL", parameters = as.list(coef(prism)), se = as.list(sqrt(diag(vcov(prism)))),
                 rss = sum(residuals(prism)^2))

# NIST Rat43 fitted with nls from NIST's start 2, in NIST's own parameterisation (analytic gradient via deriv()).
rat <- read.table(file.path(here, "golden/nist_Rat43.dat"), skip = 60, col.names = c("y", "x"))
ratModel <- deriv(~ b1 / ((1 + exp(b2 - b3 * x))^(1 / b4)), c("b1", "b2", "b3", "b4"), function.arg = c("x", "b1", "b2", "b3", "b4"))
ratFit <- nls(y ~ ratModel(x, b1, b2, b3, b4), data = rat, start = list(b1 = 700, b2 = 5, b3 = 0.75, b4 = 1.3), control = ctl)
ratOut <- list(name = "NIST Rat43 via nls", x = rat$x, y = rat$y, parameters = as.list(coef(ratFit)),
               se = as.list(sqrt(diag(vcov(ratFit)))), rss = sum(residuals(ratFit)^2))

out <- list(source = "tests/reference/statistics/dose_response.R (base R nls, R.version.string below)",
            r = R.version.string, cases = cases, prism = prismOut, rat43 = ratOut)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null"),
           file.path(here, "golden/dose_response_nls.json"))
cat("wrote golden/dose_response_nls.json\n")
