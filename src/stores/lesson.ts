import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { buildLesson, isQuestionStep, lessonPath, scoreLesson, type Lesson } from '@/domain/lesson'
import { newId } from './ids'
import { useBanksStore } from './banks'
import { useLearnersStore } from './learners'
import { useLessonsStore } from './lessons'
import { attemptOf, useRun, withLearningRecord } from './run'

/**
 * The lesson on screen: its steps as the learner walks them, the step they are on, and the run of
 * that step's question. Where the learner is in each lesson is kept by the lessons store.
 */
export const useLessonStore = defineStore('lesson', () => {
  const lessons = useLessonsStore()
  const learners = useLearnersStore()
  const bankId = ref('')
  const topicId = ref('')
  const lesson = shallowRef<Lesson>()
  const state = ref<'loading' | 'ready' | 'missing'>('loading')
  /** Only the latest opening may show its lesson: a slower, older bank load is dropped. */
  let latest = 0

  const progress = computed(() => lessons.progress(bankId.value, topicId.value))
  const path = computed(() => (lesson.value ? lessonPath(lesson.value, progress.value.wrong) : []))
  const index = computed(() => Math.min(progress.value.step, Math.max(0, path.value.length - 1)))
  const step = computed(() => path.value[index.value])
  const score = computed(() => {
    if (!lesson.value) return undefined
    const { answers } = progress.value
    return scoreLesson(
      lesson.value,
      Object.fromEntries(Object.entries(answers).map(([id, saved]) => [id, saved.grade])),
    )
  })
  const factGroups = computed(() => path.value.filter((s) => s.kind === 'facts').map((s) => s.id))

  const run = useRun({
    onCheck(checked) {
      const shown = step.value
      if (!isQuestionStep(shown)) return undefined
      const attempt = newId()
      withLearningRecord((record) =>
        record.record(attemptOf(checked, attempt, 'lesson'), checked.now),
      )
      const { answer, grade, now } = checked
      lessons.keepAnswer(bankId.value, topicId.value, shown, { answer, grade, attempt }, now)
      return attempt
    },
    onAppeal(appeal, now) {
      if (step.value) lessons.keepAppeal(bankId.value, topicId.value, step.value.id, now)
      withLearningRecord((record) => record.appeal(appeal, now))
    },
  })

  // A question step is a run of one, picked up from what the learner answered there before; at
  // once, so that the step and its run never disagree.
  watch(
    [() => learners.current.id, lesson, () => step.value?.id],
    () => {
      const shown = step.value
      const saved = shown && progress.value.answers[shown.id]
      run.start(isQuestionStep(shown) ? [shown.question] : [], Date.now(), {
        answers: [saved?.answer],
        grades: [saved?.grade],
        attemptIds: [saved?.attempt],
        appealed: [saved?.appealed],
      })
    },
    { immediate: true, flush: 'sync' },
  )

  async function open(bank: string, topic: string) {
    state.value = 'loading'
    const token = ++latest
    const loaded = await useBanksStore().bank(bank)
    if (token !== latest) return
    bankId.value = bank
    topicId.value = topic
    lesson.value = loaded ? buildLesson(loaded, topic) : undefined
    state.value = lesson.value ? 'ready' : 'missing'
  }

  /** Drops a lesson still loading: the learner has left the page. */
  function close() {
    latest++
  }

  function goTo(target: number) {
    const next = path.value[target]
    if (!lesson.value || !next) return
    lessons.goTo(bankId.value, topicId.value, target)
    if (next.kind === 'complete' && score.value)
      lessons.complete(bankId.value, topicId.value, score.value)
  }

  function restart() {
    lessons.restart(bankId.value, topicId.value)
  }

  return {
    bankId,
    topicId,
    lesson,
    state,
    progress,
    path,
    index,
    step,
    score,
    factGroups,
    currentAnswer: computed(() => run.answers.value[0]),
    currentGrade: run.currentGrade,
    currentAppeal: run.currentAppeal,
    check: run.check,
    appeal: run.appeal,
    open,
    close,
    goTo,
    restart,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLessonStore, import.meta.hot))
