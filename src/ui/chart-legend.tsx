/** One mark of a chart: the class that draws its swatch, and what it stands for. */
export interface LegendEntry {
  swatch: string
  label: string
}

/**
 * A chart's key: a swatch of each mark beside its name. Hidden from screen readers, which hear the
 * chart's label and its table instead. Entries that are `false` (a mark the chart does not draw) are left out.
 */
export function ChartLegend({ className, entries }: { className: string; entries: readonly (LegendEntry | false)[] }) {
  return (
    <ul className={className} aria-hidden="true">
      {entries
        .filter((entry) => entry !== false)
        .map(({ swatch, label }) => (
          <li key={swatch}>
            <span className={swatch} />
            {label}
          </li>
        ))}
    </ul>
  )
}
