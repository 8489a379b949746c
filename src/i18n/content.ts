import { textDirection } from './direction'
import { interfaceLanguage } from './index'

/*
 * The `lang` and `dir` a bank's text carries where its language is not the interface's (a French
 * bank in an English interface, an English one in Arabic): screen readers read it with the right
 * voice (WCAG 3.1.2), and it runs in its own direction. Nothing where the two agree. Both read
 * the interface language, so a template that binds them follows a change of language:
 * `:lang="contentLang(l)" :dir="contentDir(l)"` (an attribute bound to undefined is left out).
 */
const differs = (lang: string | undefined): lang is string => !!lang && lang !== interfaceLanguage()

export const contentLang = (lang: string | undefined) => (differs(lang) ? lang : undefined)

export const contentDir = (lang: string | undefined) =>
  differs(lang) ? textDirection(lang) : undefined
