import type { ValidationProblem } from '../domain/index.ts'

interface ProblemListProps {
  heading: string
  problems: readonly ValidationProblem[]
  /** Long lists are cut; the count of the rest is still shown. */
  limit?: number
  moreLabel: (count: number) => string
}

/** What is wrong with a file, each problem with its JSON path, announced as an alert. */
export function ProblemList({ heading, problems, limit = 20, moreLabel }: ProblemListProps) {
  const shown = problems.slice(0, limit)
  return (
    <div role="alert" className="notice notice-error">
      <p>
        <strong>{heading}</strong>
      </p>
      <ul className="problem-list">
        {shown.map((problem, i) => (
          <li key={`${problem.path}-${i}`}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>{moreLabel(problems.length - shown.length)}</p>}
    </div>
  )
}
