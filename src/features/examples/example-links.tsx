import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { EXAMPLE_COMPANIES, EXAMPLE_NAMES, examplePath } from './example-names.ts'
import { exampleMessages } from './messages.ts'
import './examples.css'

/** The start page's way to a finished report before answering anything: one link per example. */
export function ExampleLinks() {
  const t = useT(exampleMessages)
  return (
    <section className="example-links" aria-labelledby="example-links-title">
      <h2 id="example-links-title">{t.links.heading}</h2>
      <p className="muted">{t.links.lead}</p>
      <ul>
        {EXAMPLE_NAMES.map((name) => (
          <li key={name}>
            <Link to={examplePath(name)}>
              <strong>{EXAMPLE_COMPANIES[name]}</strong>: {t.examples[name].short}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
