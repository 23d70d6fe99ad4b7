import { balanceSeries } from "./balance-series";
import { blocsByYear } from "./blocs-by-year";
import { memoPerModel } from "./memo-per-model";

// Whole-history analyses, each computed once per model and then read on every render.

/** balanceSeries, computed once per model. */
export const cachedBalanceSeries = memoPerModel(balanceSeries);

/** blocsByYear, computed once per model. */
export const cachedBlocsByYear = memoPerModel(blocsByYear);
