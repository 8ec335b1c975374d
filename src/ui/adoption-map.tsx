import type { Quadrant } from '../domain/index.ts'

export interface MapPointView {
  key: string
  label: string
  foundation: number
  adoption: number
  /** The company or the team is drawn large and labelled; participants small. */
  emphasis: boolean
}

interface Props {
  points: readonly MapPointView[]
  /** Where the lines are: the foundation that carries tools, the adoption below which tools lag. */
  foundationSplit: number
  adoptionSplit: number
  quadrantNames: Record<Quadrant, string>
  foundationAxis: string
  adoptionAxis: string
  label: string
}

const SIZE = 320
const PAD = { left: 44, right: 12, top: 12, bottom: 40 }
const INNER = SIZE - PAD.left - PAD.right
const INNER_H = SIZE - PAD.top - PAD.bottom
const x = (value: number) => PAD.left + (Math.min(Math.max(value, 0), 100) / 100) * INNER
const y = (value: number) => PAD.top + (1 - Math.min(Math.max(value, 0), 100) / 100) * INNER_H

/** A field's name on one line, or two when it is longer than a narrow field holds. */
export function splitName(name: string): string[] {
  if (name.length <= 16) return [name]
  const at = name.lastIndexOf(' ', Math.ceil(name.length / 2) + 4)
  return at > 0 ? [name.slice(0, at), name.slice(at + 1)] : [name]
}

/**
 * The map: foundation across, tools introduced up, four named fields. Drawn as plain SVG that
 * scales with its box; the caller gives the words and a table says the same for screen readers.
 */
export function AdoptionMap({
  points,
  foundationSplit,
  adoptionSplit,
  quadrantNames,
  foundationAxis,
  adoptionAxis,
  label,
}: Props) {
  const splitX = x(foundationSplit)
  const splitY = y(adoptionSplit)
  // Each field's name centred in its own field, on two lines where the field is narrow.
  const fields: { quadrant: Quadrant; x: number; top: boolean }[] = [
    { quadrant: 'toolsFirst', x: (PAD.left + splitX) / 2, top: true },
    { quadrant: 'groundedEquipped', x: (splitX + PAD.left + INNER) / 2, top: true },
    { quadrant: 'notYetStarted', x: (PAD.left + splitX) / 2, top: false },
    { quadrant: 'groundedLean', x: (splitX + PAD.left + INNER) / 2, top: false },
  ]
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="adoption-map" role="img" aria-label={label}>
      <rect x={PAD.left} y={PAD.top} width={splitX - PAD.left} height={splitY - PAD.top} className="map-field-warn" />
      <rect x={PAD.left} y={PAD.top} width={INNER} height={INNER_H} className="map-frame" />
      <line x1={splitX} x2={splitX} y1={PAD.top} y2={PAD.top + INNER_H} className="map-split" />
      <line x1={PAD.left} x2={PAD.left + INNER} y1={splitY} y2={splitY} className="map-split" />
      {fields.map((field) => {
        const lines = splitName(quadrantNames[field.quadrant])
        const first = field.top ? PAD.top + 15 : PAD.top + INNER_H - 8 - 13 * (lines.length - 1)
        return (
          <text key={field.quadrant} textAnchor="middle" className="map-field-name">
            {lines.map((line, i) => (
              <tspan key={line} x={field.x} y={first + 13 * i}>
                {line}
              </tspan>
            ))}
          </text>
        )
      })}
      {[0, 50, 100].map((tick) => (
        <g key={tick} className="map-tick">
          <text x={x(tick)} y={PAD.top + INNER_H + 14} textAnchor="middle">
            {tick}
          </text>
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      <text x={PAD.left + INNER / 2} y={SIZE - 6} textAnchor="middle" className="map-axis">
        {foundationAxis}
      </text>
      <text
        x={12}
        y={PAD.top + INNER_H / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${PAD.top + INNER_H / 2})`}
        className="map-axis"
      >
        {adoptionAxis}
      </text>
      {points
        .filter((p) => !p.emphasis)
        .map((p) => (
          <circle key={p.key} cx={x(p.foundation)} cy={y(p.adoption)} r={4} className="map-point-person" />
        ))}
      {points
        .filter((p) => p.emphasis)
        .map((p) => (
          <g key={p.key}>
            <circle cx={x(p.foundation)} cy={y(p.adoption)} r={8} className="map-point" />
            <text
              x={x(p.foundation) + (p.foundation > 70 ? -12 : 12)}
              y={y(p.adoption) + (p.adoption > 85 ? 18 : -10)}
              textAnchor={p.foundation > 70 ? 'end' : 'start'}
              className="map-point-label"
            >
              {p.label}
            </text>
          </g>
        ))}
    </svg>
  )
}
