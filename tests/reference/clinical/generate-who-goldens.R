#!/usr/bin/env Rscript
# Generates WHO golden cases for Ferrum's anemia (WHO 2024 hemoglobin cut-offs with elevation and
# smoking adjustments) and ferritin (WHO 2020) rules, by running WHO's own reference implementation:
# the R package WorldHealthOrganization/r-micronutrients (GPL-3, https://github.com/WorldHealthOrganization/r-micronutrients).
#
# Usage:  R_MICRONUTRIENTS_DIR=/path/to/r-micronutrients Rscript tests/reference/clinical/generate-who-goldens.R
# Output: tests/reference/clinical/who-goldens.json (committed; Ferrum.Clinical.Tests reads it).
# Needs:  Debian r-base (R 4.2.2) with r-cran-dplyr, r-cran-rlang, r-cran-vctrs, r-cran-tibble, r-cran-jsonlite.
#
# Provenance of the package sources (not committed to this repository):
#   The fetch tool could not provide a snapshot of the repository, so the package files below were read
#   from a stored index of its GitHub history and saved verbatim into a temporary directory outside the
#   repository (R_MICRONUTRIENTS_DIR/R/): age.R (84ea0a5), concept-sex.R (308f643),
#   concept-pregnancy-status.R (308f643), measurements.R (308f643), indicators.R (2d56401; the
#   prevalence helpers indicators_compute_all/flatten_indicators that need composite indicators were
#   left out), indicators-anaemia.R (2feb6e9; a commented-out block left out), indicators-ferritin.R
#   (2a4f624; only the indicator, implausibility screen and cut-off adjustment, not the BRINDA/Thurnham
#   corrections). The stored indicators.R predates the `plot_settings` argument that the stored
#   indicators-anaemia.R passes, so indicator() is wrapped below to accept and ignore it.
#   With a full checkout, the same file names are sourced from its R/ folder.
#
# Cases: every WHO 2024 hemoglobin band edge (value at and 0.1 g/L below each cut-off) for each age/sex/
# pregnancy group, the elevation and smoking adjustments, and the WHO 2020 ferritin thresholds at and
# around 12/15/30/70 ug/L and the overload limits, with and without inflammation (CRP >= 5 mg/L).
# Age bands in years are exercised with whole years (the package compares unrounded ages, so ages such as
# 11.5 fall between its bands; Ferrum uses completed years). Infants under 6 months are not covered.
suppressPackageStartupMessages({
  library(rlang); library(vctrs); library(dplyr); library(tibble); library(jsonlite)
})

src <- Sys.getenv("R_MICRONUTRIENTS_DIR", "/tmp/r-micronutrients")
# Sourced in the package's Collate order (DESCRIPTION): later files override earlier definitions,
# e.g. age.R's age_in_months() replaces the one in indicators.R.
source(file.path(src, "R", "indicators.R"))
indicator_original <- indicator
indicator <- function(..., plot_settings = NULL, envir = caller_env()) indicator_original(..., envir = envir)
for (f in c("indicators-ferritin.R", "age.R", "concept-pregnancy-status.R", "concept-sex.R", "indicators-anaemia.R", "measurements.R"))
  source(file.path(src, "R", f))

trimester_weeks <- c(`1` = 10, `2` = 20, `3` = 32)

# ---- hemoglobin ---------------------------------------------------------------------------------
hb_groups <- list(
  list(age = 0.5, sex = "female", preg = NA, cut = c(105, 95, 70)),
  list(age = 23 / 12, sex = "male", preg = NA, cut = c(105, 95, 70)),
  list(age = 2, sex = "female", preg = NA, cut = c(110, 100, 70)),
  list(age = 59 / 12, sex = "male", preg = NA, cut = c(110, 100, 70)),
  list(age = 5, sex = "female", preg = NA, cut = c(115, 110, 80)),
  list(age = 11, sex = "male", preg = NA, cut = c(115, 110, 80)),
  list(age = 12, sex = "female", preg = NA, cut = c(120, 110, 80)),
  list(age = 14, sex = "male", preg = NA, cut = c(120, 110, 80)),
  list(age = 15, sex = "female", preg = NA, cut = c(120, 110, 80)),
  list(age = 15, sex = "male", preg = NA, cut = c(130, 110, 80)),
  list(age = 45, sex = "female", preg = NA, cut = c(120, 110, 80)),
  list(age = 70, sex = "male", preg = NA, cut = c(130, 110, 80)),
  list(age = 28, sex = "female", preg = 1, cut = c(110, 100, 70)),
  list(age = 28, sex = "female", preg = 2, cut = c(105, 95, 70)),
  list(age = 28, sex = "female", preg = 3, cut = c(110, 100, 70)),
  list(age = 28, sex = "female", preg = 0, cut = c(110, 100, 70))  # pregnant, trimester unknown
)
hb <- list()
for (g in hb_groups) {
  for (v in c(g$cut, g$cut - 0.1, 150, 60)) {
    hb[[length(hb) + 1]] <- list(ageYears = g$age, sex = g$sex, trimester = g$preg, elevation = 0, smoker = FALSE, cigarettes = NA, hb = v)
  }
}
for (e in c(500, 1000, 1500, 2500, 3000, 4500)) {
  for (v in c(125, 130, 135, 140, 145)) {
    hb[[length(hb) + 1]] <- list(ageYears = 40, sex = "male", trimester = NA, elevation = e, smoker = FALSE, cigarettes = NA, hb = v)
  }
}
for (cig in list(NA, 0, 5, 9, 10, 19, 20, 40)) {
  for (v in c(122, 123, 124, 125, 126, 127, 133, 136, 137)) {
    hb[[length(hb) + 1]] <- list(ageYears = 35, sex = "male", trimester = NA, elevation = 0, smoker = TRUE, cigarettes = cig, hb = v)
  }
}
hb[[length(hb) + 1]] <- list(ageYears = 30, sex = "female", trimester = NA, elevation = 2000, smoker = TRUE, cigarettes = 25, hb = 135)
hb[[length(hb) + 1]] <- list(ageYears = 30, sex = "female", trimester = 2, elevation = 1200, smoker = TRUE, cigarettes = 12, hb = 112)

hb_df <- bind_rows(lapply(hb, as_tibble))
preg <- !is.na(hb_df$trimester)
concepts <- list(
  sex = sex_standardizer(hb_df$sex),
  age = age(hb_df$ageYears, "years"),
  pregnancy_status = factor(ifelse(preg, "Pregnant", "Not Pregnant"), levels = pregnancy_status_levels),
  altitude = hb_df$elevation,
  is_smoker = hb_df$smoker,
  smokes_cigarettes_per_day = as.numeric(hb_df$cigarettes),
  pregnancyweeks = ifelse(preg & hb_df$trimester > 0, unname(trimester_weeks[as.character(hb_df$trimester)]), NA_real_),
  pregnancymonths = rep(NA_real_, nrow(hb_df))
)
hb_df$category <- as.character(indicator_compute(anaemia_indicator, hb_df$hb, concepts))
hb_df$adjustedHb <- as.numeric(indicator_adjust_value(anaemia_indicator, hb_df$hb, concepts))
hb_df$trimester[!is.na(hb_df$trimester) & hb_df$trimester == 0] <- NA
hb_df$pregnant <- preg

# ---- ferritin -----------------------------------------------------------------------------------
fer <- expand.grid(
  ageYears = c(1, 59 / 12, 5, 30, 68),
  sex = c("female", "male"),
  crp = c(NA, 1, 4.9, 5, 20),
  ferritin = c(5, 11.9, 12, 14.9, 15, 29.9, 30, 45, 69.9, 70, 150, 150.1, 200, 200.1, 500, 500.1),
  stringsAsFactors = FALSE
)
fconcepts <- list(
  sex = sex_standardizer(fer$sex),
  age = age(fer$ageYears, "years"),
  pregnancy_status = factor(rep("Not Pregnant", nrow(fer)), levels = pregnancy_status_levels),
  CRP = fer$crp,
  AGP = rep(NA_real_, nrow(fer))
)
fer$category <- as.character(indicator_compute(ferritin_indicator(ferritin_adjustment_cutoff), fer$ferritin, fconcepts))

out <- list(
  source = "WorldHealthOrganization/r-micronutrients (anaemia_indicator, ferritin_indicator(ferritin_adjustment_cutoff))",
  generator = "tests/reference/clinical/generate-who-goldens.R",
  rVersion = R.version.string,
  hemoglobin = hb_df,
  ferritin = fer
)
target <- file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "who-goldens.json")
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), target)
cat("wrote", nrow(hb_df), "hemoglobin and", nrow(fer), "ferritin cases to", target, "\n")
