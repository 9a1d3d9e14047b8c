#!/usr/bin/env Rscript
# Peer for Ferrum's Mann-Whitney benchmark: R's wilcox.test on the same data.
# Usage: Rscript bench/peers/mann_whitney.R DATA.csv [conf.int]
#   DATA.csv has columns value,group with exactly two groups; x is the first group in sorted order.
#   With a second argument "conf.int", also computes the Hodges-Lehmann estimate and interval.
# Prints W and the p-value, then the elapsed seconds of wilcox.test alone (not reading) as the last line.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: mann_whitney.R DATA.csv [conf.int]")
d <- read.csv(args[1], colClasses = c("numeric", "character"))
levels <- sort(unique(d$group))
if (length(levels) != 2) stop("the group column must hold exactly two groups")
x <- d$value[d$group == levels[1]]
y <- d$value[d$group == levels[2]]
ci <- length(args) >= 2 && args[2] == "conf.int"
elapsed <- system.time(res <- wilcox.test(x, y, conf.int = ci))[["elapsed"]]
cat(sprintf("W = %.1f, p = %.17g%s\n", res$statistic, res$p.value,
            if (ci) sprintf(", CI = [%.17g, %.17g]", res$conf.int[1], res$conf.int[2]) else ""))
cat(sprintf("%.6f\n", elapsed))
