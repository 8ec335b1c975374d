// Where the radar's labels go: outside the outermost ring, anchored by their axis's angle, so no
// label ever covers a point, a ring or another axis's label ("Technologie" once sat on its point).

export const RADAR = { width: 280, height: 200, radius: 66, gap: 10 } as const
export const CENTER = { x: RADAR.width / 2, y: RADAR.height / 2 } as const

/** Title (8.5 pt bold) above the score (8 pt): from the top of the title to the foot of the score. */
export const LABEL = { titleAscent: 6.5, lineGap: 10, height: 18.5 } as const

export type Anchor = 'start' | 'middle' | 'end'

export interface LabelPlacement {
  x: number
  anchor: Anchor
  /** Baselines of the title and of the score below it. */
  titleY: number
  scoreY: number
  /** The top of the two-line block. */
  top: number
}

/** The axis's angle: the first axis points up, then clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count
}

/** A point on an axis at `value` (0–100, clamped) of the radius. */
export function radarPoint(index: number, count: number, value: number): [number, number] {
  const angle = axisAngle(index, count)
  const r = (RADAR.radius * Math.max(0, Math.min(100, value))) / 100
  return [CENTER.x + r * Math.cos(angle), CENTER.y + r * Math.sin(angle)]
}

/**
 * The label block of axis `index`: it starts `gap` beyond the outer ring, grows away from the
 * centre (right of a right-hand axis, above a top one), and is centred only where the axis runs
 * close to vertical or horizontal, where centring keeps it off the ring.
 */
export function labelPlacement(index: number, count: number): LabelPlacement {
  const angle = axisAngle(index, count)
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const distance = RADAR.radius + RADAR.gap
  const x = CENTER.x + distance * cos
  const y = CENTER.y + distance * sin
  const anchor: Anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle'
  const top = sin < -0.5 ? y - LABEL.height : sin > 0.5 ? y : y - LABEL.height / 2
  return { x, anchor, top, titleY: top + LABEL.titleAscent, scoreY: top + LABEL.titleAscent + LABEL.lineGap }
}
