import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { EXAMPLE_COMPANIES, EXAMPLE_NAMES, examplePath } from './example-names.ts'
import { exampleLinkMessages } from './link-messages.ts'
import './examples.css'

/** The start page's way to a finished report before answering anything: one link per example. */
export function ExampleLinks() {
  const t = useT(exampleLinkMessages)
  return (
    <section className="example-links" aria-labelledby="example-links-title">
      <h2 id="example-links-title">{t.heading}</h2>
      <p className="muted">{t.lead}</p>
      <ul>
        {EXAMPLE_NAMES.map((name) => (
          <li key={name}>
            <Link to={examplePath(name)}>
              <strong>{EXAMPLE_COMPANIES[name]}</strong>: {t.short[name]}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
