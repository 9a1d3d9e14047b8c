# Peer for Ferrum's AUC + DeLong CI: pROC 1.18 roc() + ci.auc(method = "delong").
# Usage: Rscript roc_delong.R FILE.csv   (columns group,value; group 1 = case).
# Runs up to 3 times (fewer once 5 s are spent) and prints the fastest run's elapsed seconds last.
suppressMessages(library(pROC))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
run <- function() {
  r <- roc(d$group, d$value, levels = c(0, 1), direction = "<", quiet = TRUE)
  ci.auc(r, method = "delong")
}
times <- c()
repeat {
  t <- system.time(ci <- run())[["elapsed"]]
  times <- c(times, t)
  if (length(times) >= 3 || sum(times) > 5) break
}
cat(sprintf("auc=%.15g ci=[%.15g, %.15g]\n", ci[2], ci[1], ci[3]))
cat(min(times), "\n")
