"use client";

import { memo, useId, useMemo } from "react";
import { balanceSummary, type SignOptions, type YearBalance } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";
import styles from "./balance-chart.module.css";
import { useBalanceSeries } from "./use-balance-series";

const CELL = 10;
const HEIGHT = 36;

/**
 * The share of balanced triads in every year, under the year slider: low bars are years under
 * strain. Years with no triad to classify are gaps (no cell at all), unlike a 0% year (an empty
 * cell with a red floor). The series is computed once per model; the chart only moves the marker.
 */
export const BalanceChart = memo(function BalanceChart({ model, year, options, onYearChange }: { model: AllianceModel; year: number; options: SignOptions; onYearChange: (year: number) => void }) {
  // The Analysis area's switches (count unattested, the contest rule) apply here too, so the chart and the list agree.
  const series = useBalanceSeries(model, options);
  if (series === null) {
    return (
      <figure className={styles.chart} data-testid="balance-chart" aria-busy="true">
        <div className={styles.pending} />
        <figcaption className={styles.caption} data-testid="balance-chart-summary">
          <strong>Balanced triads</strong>: counting the triads of every year…
        </figcaption>
      </figure>
    );
  }
  return <BalanceBars model={model} series={series} year={year} onYearChange={onYearChange} />;
});

function BalanceBars({ model, series, year, onYearChange }: { model: AllianceModel; series: YearBalance[]; year: number; onYearChange: (year: number) => void }) {
  const titleId = useId();
  const descId = useId();
  const summary = useMemo(() => balanceSummary(series, year), [series, year]);
  const width = series.length * CELL;
  // The bars depend on the data alone: a year step moves only the marker.
  const bars = useMemo(
    () =>
      series.map((entry, index) => {
        if (entry.share === null) return null;
        const x = index * CELL;
        const barHeight = entry.share * (HEIGHT - 2);
        return (
          <g key={entry.year} onClick={() => onYearChange(entry.year)} className={styles.cell} data-year={entry.year} data-share={entry.share}>
            <rect x={x + 1} y={0} width={CELL - 2} height={HEIGHT} className={styles.back} />
            <rect x={x + 1} y={HEIGHT - barHeight} width={CELL - 2} height={barHeight} className={styles.bar} />
            {entry.share === 0 ? <rect x={x + 1} y={HEIGHT - 2} width={CELL - 2} height={2} className={styles.zero} /> : null}
          </g>
        );
      }),
    [series, onYearChange],
  );
  const description = useMemo(() => series.map((entry) => `${entry.year}: ${entry.share === null ? "no triads" : `${Math.round(entry.share * 100)}%`}`).join("; "), [series]);
  return (
    <figure className={styles.chart} data-testid="balance-chart">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-labelledby={`${titleId} ${descId}`} className={styles.svg}>
        {/* One string each: React hydrates a <title> with several text children as a mismatch. */}
        <title id={titleId}>{`Share of balanced triads, ${model.years.first}–${model.years.last}`}</title>
        <desc id={descId}>{description}</desc>
        {bars}
        {year >= model.years.first && year <= model.years.last ? (
          <rect x={(year - model.years.first) * CELL} y={0} width={CELL} height={HEIGHT} className={styles.marker} />
        ) : null}
      </svg>
      <figcaption className={styles.caption} data-testid="balance-chart-summary">
        <strong>Balanced triads</strong> (share per year; gaps: none to classify). {summary}
      </figcaption>
    </figure>
  );
}
