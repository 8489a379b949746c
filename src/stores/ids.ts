import { base64url } from '@/domain/base64url'

/**
 * A new id for an answer, a learner, a draft or a kiosk session: 128 random bits as 22 URL-safe
 * characters, as unique as a UUID and shorter to store. Unlike crypto.randomUUID it also works
 * where a classroom serves Factline over plain http.
 */
export function newId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)))
}

/** A fresh, URL-friendly seed for a quiz started without one. */
export function newSeed(): string {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1))
  return value.toString(36)
}
