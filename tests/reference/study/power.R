#!/usr/bin/env Rscript
# Reference sample sizes for `ferrum study power` (tests/Ferrum.Cli.Tests/StudyCommandTests.cs):
#   Rscript tests/reference/study/power.R  →  tests/reference/study/golden/power.json
suppressPackageStartupMessages({ library(pROC); library(jsonlite) })
auc <- power.roc.test(auc = 0.75, power = 0.8, sig.level = 0.05)
t <- power.t.test(delta = 0.5, power = 0.8, sig.level = 0.05)
write_json(list(auc075 = list(ncases = auc$ncases, ncontrols = auc$ncontrols, roundedUp = ceiling(auc$ncases)),
                d05 = list(n = t$n, roundedUp = ceiling(t$n))),
           "tests/reference/study/golden/power.json", digits = NA, auto_unbox = TRUE, pretty = TRUE)
