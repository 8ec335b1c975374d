import { tellFindings } from '../../i18n/findings.ts'
import { useT } from '../../i18n/use-t.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'
import { Section } from '../../ui/section.tsx'

export function FindingsSection({ model }: { model: ReportModel }) {
  const m = useT(reportMessages).findings
  const told = tellFindings(model.report, model.questionnaire, model.locale, 'you')
  return (
    <Section id="report-findings" heading={m.heading} className="report-section">
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
                  <p className="report-finding-list-label">{f.list.label}</p>
                  <ul>
                    {f.list.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          ))}
        </div>
      )}
    </Section>
  )
}
