import type { BankFile, QuestionInput, Topic } from './schema.ts'

/**
 * How the readers of other systems' files (GIFT, Moodle XML) name what they import: ids from
 * question names and category paths, unique within the bank, and the topics the categories become.
 */

/** Kebab-case letters and digits: `Jesus' hometown (ex.)` → `jesus-hometown-ex`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** `base`, or `base-2`, `base-3`… the first not yet taken; taken from then on. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** `water-cycle` → `Water cycle`: the title of a bank read from a file that names none. */
export function titleFromId(id: string, fallback: string): string {
  const words = id.replace(/[-_\s]+/g, ' ').trim()
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : fallback
}

/**
 * Question ids from question names. Two questions may share a name in GIFT and Moodle; the second
 * gets `name-2`, and the teacher is told, since links, appeals and reports name questions by id.
 */
export class QuestionIds {
  private readonly taken = new Set<string>()
  /** Each name given, and the line of its first question. */
  private readonly named = new Map<string, number>()

  /** The id of the question named `name` at `line`; `fallback` when the name gives no id. */
  assign(name: string, line: number, fallback: string): { id: string; warning?: string } {
    const id = uniqueId(slugify(name) || fallback, this.taken)
    const key = name.trim()
    if (!key) return { id }
    const first = this.named.get(key)
    if (first === undefined) {
      this.named.set(key, line)
      return { id }
    }
    return {
      id,
      warning: `two questions are named "${key}" (lines ${first} and ${line}): this one is known as "${id}"; give each a name of its own, so that links, appeals and reports tell them apart`,
    }
  }
}

/** A topic being read: its questions are counted as they come; only topics with questions are kept. */
export interface TopicDraft {
  id: string
  title: string
  summaries: string[]
  questions: number
  /** Offset of the category that opened it; none for the general topic. */
  start?: number
  /** Offset of its first question. */
  firstQuestion?: number
}

/** The topics of a file in the order their categories first appear; the same path is one topic. */
export class Topics {
  private readonly byPath = new Map<string, TopicDraft>()
  private readonly ids = new Set<string>()
  private readonly list: TopicDraft[] = []
  private generalTopic: TopicDraft | undefined

  /** The topic for questions before any category, made when first needed. */
  general(): TopicDraft {
    return (this.generalTopic ??= this.add({
      id: uniqueId('general', this.ids),
      title: 'General',
      summaries: [],
      questions: 0,
    }))
  }

  /**
   * The topic of a category path (`Unit 1/Rain`; Moodle writes a slash inside a name as `//`),
   * titled after its last segment; `id`, when given and free, is its id.
   */
  category(path: string, start: number, id?: string): TopicDraft {
    const key = path.trim()
    const known = this.byPath.get(key)
    if (known) return known
    const segments = splitCategory(key)
    const title = segments.at(-1) ?? `Category ${this.list.length}`
    const base =
      id && !this.ids.has(id) ? id : slugify(segments.join(' ')) || `topic-${this.list.length}`
    const topic = this.add({
      id: uniqueId(base, this.ids),
      title,
      summaries: [],
      questions: 0,
      start,
    })
    this.byPath.set(key, topic)
    return topic
  }

  /** Counts a question of `topic`, starting at `start`. */
  addQuestion(topic: TopicDraft, start: number): void {
    topic.questions++
    topic.firstQuestion ??= start
  }

  /**
   * The topics worth a lesson (those with questions), each with the offset it is located at, and
   * the bank's summary: descriptions before any category that no question followed introduce
   * the whole bank instead.
   */
  finish(): { topics: Topic[]; starts: number[]; summary?: string } {
    const kept = this.list.filter((t) => t.questions > 0)
    const general = this.generalTopic
    const summary = general && general.questions === 0 ? general.summaries.join('\n\n') : ''
    return {
      topics: kept.map((t, i) => ({
        id: t.id,
        title: t.title,
        ...(t.summaries.length > 0 ? { summary: t.summaries.join('\n\n') } : {}),
        order: i + 1,
      })),
      starts: kept.map((t) => t.start ?? t.firstQuestion ?? 0),
      ...(summary ? { summary } : {}),
    }
  }

  private add(topic: TopicDraft): TopicDraft {
    this.list.push(topic)
    return topic
  }
}

/** `$course$/top/Unit 1` → its segments; Moodle writes a slash inside a name as `//`. */
export function splitCategory(path: string): string[] {
  return path
    .split(/(?<!\/)\/(?!\/)/)
    .map((s) => s.replace(/\/\//g, '/').trim())
    .filter((s) => s !== '')
}

/** A question as a reader makes it, before the bank gives it its id and topic. */
export type ImportedQuestion = QuestionInput extends infer Q
  ? Q extends unknown
    ? Omit<Q, 'id' | 'topic'>
    : never
  : never

/**
 * A bank being read from another system's file (GIFT, Moodle XML): its categories become topics,
 * in the order they come, and its questions land in the topic of the last category before them
 * (or in one made for them), each with an id from its name. `finish` gives the bank file.
 */
export class ImportedBank {
  private readonly topics = new Topics()
  private current: TopicDraft | undefined
  private readonly ids = new QuestionIds()
  private readonly questions: QuestionInput[] = []
  /** Each kept question's offset in the file. */
  readonly questionStarts: number[] = []
  private met = 0

  /** The topic questions and descriptions go to now. */
  topic(): TopicDraft {
    return (this.current ??= this.topics.general())
  }

  /** A category: the topic of what follows (`path` undefined: the general topic). */
  category(path: string | undefined, start: number, id?: string): TopicDraft {
    this.current =
      path === undefined ? this.topics.general() : this.topics.category(path, start, id)
    return this.current
  }

  /** A description: it introduces the current topic (once, however often it comes). */
  describe(summary: string): void {
    const topic = this.topic()
    if (summary && !topic.summaries.includes(summary)) topic.summaries.push(summary)
  }

  /** Counts a question met, kept or not: its number, for `q-N` ids. */
  meet(): number {
    return ++this.met
  }

  /**
   * Keeps a question starting at `start` (line `line`), named `name`; `fallback` is its id when the
   * name gives none. The warning, if any, tells of an earlier question of the same name.
   */
  add(
    question: ImportedQuestion,
    start: number,
    name: string,
    line: number,
    fallback: string,
  ): { index: number; warning?: string } {
    const named = this.ids.assign(name, line, fallback)
    const topic = this.topic()
    this.questions.push({ ...question, id: named.id, topic: topic.id } as QuestionInput)
    this.topics.addQuestion(topic, start)
    this.questionStarts.push(start)
    return {
      index: this.questions.length - 1,
      ...(named.warning ? { warning: named.warning } : {}),
    }
  }

  /** The bank file, titled after the bank's id (`fallbackTitle` when it gives none), and where each topic stands. */
  finish(bankId: string, fallbackTitle: string): { data: BankFile; topicStarts: number[] } {
    const { topics, starts, summary } = this.topics.finish()
    return {
      data: {
        title: titleFromId(bankId, fallbackTitle),
        language: 'en',
        ...(summary ? { summary } : {}),
        generate: false,
        topics,
        questions: this.questions,
      },
      topicStarts: starts,
    }
  }
}
