import { readResultsFile, type ReadResults } from '@/domain/class-report/results-files'

/** A file the teacher chose: a browser `File`, or anything with its name and text. */
export interface ResultsFile {
  name: string
  text(): Promise<string>
}

/**
 * Reads the class report's files, in the files' order. (Reading them in Web Workers was
 * measured: on two cores, sending 30,000 answers back to the page cost more than it saved.)
 */
export const readResultsFiles = async (files: readonly ResultsFile[]): Promise<ReadResults[]> => {
  const texts = await Promise.all(files.map((file) => file.text()))
  return files.map((file, i) => readResultsFile(file.name, texts[i]!))
}
