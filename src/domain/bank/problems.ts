/** Something wrong (or doubtful) in a teacher's question file, at an exact place. */
export interface Problem {
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  severity: 'error' | 'warning'
  message: string
}

/** `path:line:column: error: message`, the form editors and terminals link to. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .slice()
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error')
