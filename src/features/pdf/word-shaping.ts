// Text shaping word by word, each word shaped once per document. fontkit shapes a whole paragraph
// at a time, running every OpenType lookup of the font over every glyph: the largest part of a
// team PDF's layout (a third of the worker's time). The same words recur throughout a report
// ("Stufe", "Einigkeit", the questionnaire's terms), so a 30-person team PDF shapes some 32,000
// characters but fewer than 14,000 different ones as words.

/** The part of fontkit's glyph run that react-pdf reads (its text layout takes glyphs and positions). */
interface GlyphRun {
  glyphs: unknown[]
  positions: unknown[]
  script?: string
}

/** A fontkit font: `layout` shapes a string into glyphs and their positions. */
export interface ShapingFont {
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: string): GlyphRun
}

/**
 * Latin text, with figures, punctuation and spaces (Unicode's "Common" script) and combining marks:
 * for it, fontkit's lookups never reach across a space, so each word comes out as it does inside its
 * sentence (the PDF tests compare both ways over every string of the sample reports). Any other
 * script is shaped whole, as fontkit does.
 */
const LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u
const HAS_LETTER = /\p{Script=Latin}/u
/** After each run of spaces, unless a combining mark follows (it belongs to what stands before it). */
const WORD_END = /(?<= )(?=[^ \p{M}])/u
const COMBINING_MARK = /\p{M}/u
/**
 * Without combining marks, the font's composition, local forms and mark positioning have nothing to
 * act on (the same comparison shows it); skipping their lookups takes two fifths off the shaping.
 * Ligatures and kerning stay.
 */
const WITHOUT_MARKS = { ccmp: false, locl: false, mark: false, mkmk: false } as const

const shaped = new WeakMap<ShapingFont, { whole: ShapingFont['layout']; words: Map<string, GlyphRun> }>()

/**
 * Makes `font.layout` shape text word by word, each word once until `forgetShapedWords`: same glyphs,
 * same positions, as the whole string would have. Installing it twice changes nothing.
 */
export function shapeWordByWord(font: ShapingFont): void {
  if (shaped.has(font)) return
  const whole = font.layout.bind(font)
  const words = new Map<string, GlyphRun>()
  shaped.set(font, { whole, words })
  font.layout = (text, features, script, language, direction) => {
    if (script !== undefined || !LATIN.test(text)) return whole(text, features, script, language, direction)
    // The script fontkit would find for the whole string (it looks at its first letter), for every word.
    const wordScript = HAS_LETTER.test(text) ? 'latn' : undefined
    const asked = Array.isArray(features) && features.length === 0 ? undefined : features
    const withoutMarks = asked === undefined && !COMBINING_MARK.test(text)
    const options = `${withoutMarks ? 'without marks' : JSON.stringify(features ?? null)}|${wordScript}|${language}|${direction}|`
    const runs = text.split(WORD_END).map((word) => {
      const key = options + word
      let run = words.get(key)
      if (!run) {
        // A copy each time: fontkit writes the features it applies into the object it is given.
        const used = withoutMarks ? { ...WITHOUT_MARKS } : features
        run = whole(word, used, wordScript, language, direction)
        words.set(key, run)
      }
      return run
    })
    // A new run with new arrays: what react-pdf gets it may change without touching the stored words.
    const first = runs[0]!
    return Object.assign(Object.create(Object.getPrototypeOf(first) as object) as GlyphRun, first, {
      glyphs: runs.flatMap((run) => run.glyphs),
      positions: runs.flatMap((run) => run.positions),
    })
  }
}

/**
 * Forgets the words shaped so far: their glyph objects belong to the glyph cache that each document
 * starts without (see fonts.ts), so the two are emptied together.
 */
export function forgetShapedWords(font: ShapingFont): void {
  shaped.get(font)?.words.clear()
}
