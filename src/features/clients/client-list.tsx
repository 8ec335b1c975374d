import { useDeferredValue, useId, useState } from 'react'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { clientsMessages } from './messages.ts'
import type { ClientSummary } from './read.ts'
import { paths } from '../../ui/paths.ts'

/** Case and accent blind: "muller" finds "Müller". */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase()
}

/** The clients by name, filtered as the user types; each links to its page. */
export function ClientList({ summaries }: { summaries: ClientSummary[] }) {
  const t = useT(clientsMessages).list
  const format = useFormat()
  const id = useId()
  const [query, setQuery] = useState('')
  // Typing stays responsive with hundreds of clients: the list follows a moment later.
  const deferred = useDeferredValue(query)
  const needle = normalise(deferred.trim())
  const shown = needle ? summaries.filter((s) => normalise(s.client.name).includes(needle)) : summaries
  return (
    <section className="clients-section" aria-labelledby="clients-list">
      <h2 id="clients-list">{t.heading}</h2>
      {summaries.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <div className="field clients-search">
            <label htmlFor={`${id}-search`}>{t.search}</label>
            <span className="field-hint" id={`${id}-hint`}>
              {t.searchHint}
            </span>
            <input
              id={`${id}-search`}
              type="search"
              autoComplete="off"
              aria-describedby={`${id}-hint ${id}-count`}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <p id={`${id}-count`} role="status" className="muted">
            {shown.length === 0 ? t.noMatch(deferred.trim()) : t.count(shown.length, summaries.length)}
          </p>
          {shown.length > 0 && (
            <ul className="clients-list">
              {shown.map(({ client, assessments, workshops, lastChange }) => (
                <li key={client.id} className="clients-item">
                  <Link to={paths.client(client.id)} className="clients-name">
                    {client.name}
                  </Link>
                  <span className="muted">
                    {[t.assessments(assessments), t.workshops(workshops), t.changed(format.date(lastChange))].join(
                      ' · ',
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
