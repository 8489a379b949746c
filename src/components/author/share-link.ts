/**
 * A draft carried in a link's fragment (`/author#draft=…`): deflated, then base64url. The fragment
 * never reaches a server, so the draft stays between the teacher and whoever opens the link.
 */
import { base64url } from '@/domain/base64url'

const PREFIX = '#draft='
/** Longer links are cut by mail and chat apps; past this, the teacher is told to send the file. */
export const MAX_LINK_LENGTH = 8000

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(piped).arrayBuffer())
}

export async function shareLink(base: string, name: string, text: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ name, text }))
  const packed = await through(json, new CompressionStream('deflate-raw'))
  return `${base}${PREFIX}${base64url(packed)}`
}

/** The draft in a link's fragment; undefined when there is none or it is damaged. */
export async function draftFromHash(
  hash: string,
): Promise<{ name: string; text: string } | undefined> {
  if (!hash.startsWith(PREFIX)) return undefined
  try {
    const binary = atob(hash.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    const json = new TextDecoder().decode(
      await through(bytes, new DecompressionStream('deflate-raw')),
    )
    const { name, text } = JSON.parse(json) as { name?: unknown; text?: unknown }
    return typeof name === 'string' && typeof text === 'string' ? { name, text } : undefined
  } catch {
    return undefined
  }
}
