import type { Finding } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useFormat, type Format } from './format.ts'
import { reportMessages, type ReportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'

interface Told {
  key: string
  title: string
  paragraphs: string[]
  list?: string[]
  tone: 'warning' | 'notice'
}

// Each finding told in plain words; the numbers come from the engine, formatted like the rest.
function tell(finding: Finding, model: ReportModel, m: ReportMessages['findings'], format: Format): Told {
  switch (finding.kind) {
    case 'weakBusinessModel':
      return {
        key: finding.kind,
        tone: 'warning',
        title: m.weakBusinessModel.title,
        paragraphs: [m.weakBusinessModel.body(format.score(finding.score), format.score(finding.threshold))],
      }
    case 'toolsAheadOfFoundation':
      return {
        key: finding.kind,
        tone: 'warning',
        title: m.toolsAhead.title,
        paragraphs: [
          m.toolsAhead.body(
            format.score(finding.toolIndex),
            format.score(finding.foundationIndex),
            format.score(model.report.toolIndexCounted ?? finding.foundationIndex),
          ),
          m.toolsAhead.story,
        ],
      }
    case 'manyUnknowns':
      return {
        key: `${finding.kind}-${finding.dimensionId}`,
        tone: 'notice',
        title: m.manyUnknowns.title(model.dimensionTitle(finding.dimensionId)),
        paragraphs: [m.manyUnknowns.body(finding.unknown, finding.answered)],
      }
    case 'notNeededNotCounted': {
      const titles = new Map(model.questionnaire.questions.map((q) => [q.id, q.title]))
      return {
        key: finding.kind,
        tone: 'notice',
        title: m.notNeeded.title,
        paragraphs: [
          m.notNeeded.body(
            finding.questionIds.length,
            format.score(finding.businessModelScore ?? 0),
            format.score(finding.threshold),
          ),
        ],
        list: finding.questionIds.map((id) => {
          const title = titles.get(id)
          return title ? model.text(title) : id
        }),
      }
    }
  }
}

export function FindingsSection({ model }: { model: ReportModel }) {
  const m = useT(reportMessages).findings
  const format = useFormat()
  const told = model.report.findings.map((f) => tell(f, model, m, format))
  return (
    <section className="report-section" aria-labelledby="report-findings">
      <h2 id="report-findings">{m.heading}</h2>
      {told.length === 0 ? (
        <p className="report-finding report-finding-ok">{m.none}</p>
      ) : (
        <div className="report-findings">
          {told.map((f) => (
            <article
              key={f.key}
              className={`report-finding report-finding-${f.tone}`}
              aria-labelledby={`finding-${f.key}`}
            >
              <h3 id={`finding-${f.key}`}>{f.title}</h3>
              {f.paragraphs.map((p) => (
                <p key={p.slice(0, 32)}>{p}</p>
              ))}
              {f.list && (
                <>
                  <p className="report-finding-list-label">{m.notNeeded.questions}</p>
                  <ul>
                    {f.list.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  )
}
