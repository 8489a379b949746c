import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  classReport,
  questionsCsv,
  sortQuestions,
  type QuestionReport,
  type QuestionSort,
} from '@/domain/class-report/report'
import {
  mergeResults,
  readResultsFile,
  type ResultRow,
  type ResultsProblem,
} from '@/domain/class-report/results-files'
import { studioLink } from '@/domain/studio-link'
import { t } from '@/i18n'
import { clearResults, loadResults, saveImport } from '@/persistence/class-report'
import { useLoadedBanks } from './loaded-banks'

/** A file the teacher chose: a browser `File`, or anything with its name and text. */
export interface ResultsFile {
  name: string
  text(): Promise<string>
}

/**
 * The class report page (`/class`): the results a teacher imported, kept in this browser, and
 * what they say. Rows are held as plain objects (`shallowRef`): they go to IndexedDB as they are,
 * and 30,000 reactive proxies would only slow the report down.
 */
export const useClassReportStore = defineStore('class-report', () => {
  const rows = shallowRef<ResultRow[]>([])
  const loaded = ref(false)
  /**
   * What the last import, export or clear did, in words read when shown: a change of language
   * rewords it.
   */
  const said = shallowRef<() => string>()
  const message = computed(() => said.value?.() ?? '')
  const say = (words?: () => string) => (said.value = words)
  /** The files, or lines of them, the last import left out. */
  const problems = ref<ResultsProblem[]>([])
  const sort = ref<QuestionSort>({ by: 'question', descending: false })

  let loading: Promise<void> | undefined
  /** Reads what earlier visits imported; once per page life. */
  function load(): Promise<void> {
    loading ??= loadResults().then((kept) => {
      rows.value = mergeResults(kept.rows, rows.value).rows
      loaded.value = true
      if (kept.unavailable) say(() => t.class.said.unavailable)
      else if (kept.damaged) say(() => t.class.said.damaged(kept.damaged))
    })
    return loading
  }

  /** Reads the files, adds the answers not in the report yet, and keeps them. */
  async function importFiles(files: readonly ResultsFile[]) {
    await load()
    const found: ResultsProblem[] = []
    const incoming: ResultRow[] = []
    const texts = await Promise.all(files.map((file) => file.text()))
    // Read here, file by file: Web Workers were measured slower on two cores (docs/performance.md).
    for (const result of files.map((file, i) => readResultsFile(file.name, texts[i]!))) {
      found.push(...result.problems)
      for (const row of result.rows) incoming.push(row)
    }
    // One merge for all the files: each file's own would rebuild the set of keys every time.
    const { rows: merged, added } = mergeResults(rows.value, incoming)
    const read = incoming.length
    const fresh = merged.slice(rows.value.length)
    rows.value = merged
    problems.value = found
    const already = read - added
    const imported = () => t.class.said.imported(added, files.length, already, found.length)
    say(imported)
    // The report shows at once; keeping it in this browser follows (once the page has painted: a
    // week's answers take a moment to store), and says so only if it fails.
    await new Promise((resolve) => setTimeout(resolve))
    const saved = await saveImport(
      files.map((f) => f.name),
      fresh,
    )
    if (saved !== 'saved') say(() => `${imported()} ${t.class.said.notKept}`)
  }

  /** Forgets every result; the page has asked first. */
  async function clear() {
    const done = await clearResults()
    rows.value = []
    problems.value = []
    say(() => (done === 'saved' ? t.class.said.cleared : t.class.said.notCleared))
  }

  // Only the banks the results name are loaded; a bank no longer on this site is reported from
  // what the files say (the kiosk wrote each question's prompt).
  const { banks, ready } = useLoadedBanks(
    () => new Set(rows.value.map((r) => r.question.slice(0, r.question.indexOf('/')))),
  )

  // Worked out once the banks the rows name are in: 30,000 answers are not reported twice.
  const report = computed(() =>
    rows.value.length && ready.value ? classReport(rows.value, banks.value) : null,
  )
  const questions = computed(() =>
    report.value ? sortQuestions(report.value.questions, sort.value) : [],
  )

  /** Sorts the questions table by a column; the same column again turns the order round. */
  function sortBy(by: QuestionSort['by']) {
    sort.value =
      sort.value.by === by
        ? { by, descending: !sort.value.descending }
        : { by, descending: by !== 'question' }
  }

  /**
   * The studio's links for a question of the report: to open it where it is written (a bank of
   * this site, whose files the build published), and for a typed answer written in the file (not
   * generated from a fact), to add a wrong answer to its accepted ones.
   */
  function studioLinks(item: QuestionReport): {
    open?: string
    accept?: (answer: string) => string
  } {
    const bank = banks.value.find((b) => b.id === item.bank)
    if (!bank?.files || !item.question) return {}
    const written = bank.questions.some((q) => q.id === item.id)
    return {
      open: studioLink(item.bank, item.id),
      ...(written && item.question.type === 'short'
        ? { accept: (answer: string) => studioLink(item.bank, item.id, answer) }
        : {}),
    }
  }

  /** The questions table as a CSV file to download. */
  function exportCsv(at = new Date()): { text: string; name: string } | undefined {
    if (!report.value) return undefined
    const exported = questions.value.length
    say(() => t.class.said.exported(exported))
    return {
      text: questionsCsv({ ...report.value, questions: questions.value }),
      name: `factline-class-report-${at.toISOString().slice(0, 10)}.csv`,
    }
  }

  return {
    rows,
    loaded,
    message,
    problems,
    sort,
    report,
    questions,
    load,
    importFiles,
    clear,
    sortBy,
    studioLinks,
    exportCsv,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useClassReportStore, import.meta.hot))
