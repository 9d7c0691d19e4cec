import { describe, expect, it } from '@jest/globals'

import { scanScripts } from './helpers.js'

const SECRET = 'sk_live_51HxSECRETSECRETSECRET'

// Every message of `text` as a script.
async function messages(text: string): Promise<string[]> {
  const result = await scanScripts(text)

  return result.findings.map((f) => f.message)
}

describe('messages quote no values from the file', () => {
  it('when an unknown option takes the next word, the value taken for the image is not quoted', async () => {
    const all = await messages(
      `docker run --privileged --new-flag -e STRIPE_KEY=${SECRET} app:1\n`
    )

    expect(all).toContain('docker run runs privileged.')
    expect(all.filter((m) => m.includes(SECRET))).toEqual([])
  })

  it('when -e carries a secret, names the variable only', async () => {
    const all = await messages(
      `docker run -e "STRIPE_API_KEY=${SECRET}" app:1\n`
    )

    expect(all).toContain(
      'docker run app:1 has STRIPE_API_KEY written on its command line.'
    )
    expect(all.filter((m) => m.includes(SECRET))).toEqual([])
  })

  it('when a variable name is not a plain name, does not quote it', async () => {
    const all = await messages(`docker run -e "my token=${SECRET}" app:1\n`)

    expect(all).toContain(
      'docker run app:1 has a secret-named variable written on its command line.'
    )
  })

  it('when a mounted path spans lines or runs long, quotes one cut line', async () => {
    const long = `/etc/${'x'.repeat(200)}`
    const all = await messages(
      `docker run -v "/etc/app\n${SECRET}:/x" -v ${long}:/y app:1\n`
    )
    const mounts = all.filter((m) => m.includes('mounts the host path'))

    expect(mounts).toEqual([
      'docker run app:1 mounts the host path /etc/app... (inside /etc).',
      `docker run app:1 mounts the host path ${long.slice(0, 80)}... (inside /etc).`
    ])
  })

  it('keeps every message to one line of at most 250 characters', async () => {
    const text = [
      `docker run --privileged "app\n${SECRET}" x`,
      `docker run --cap-add "SYS_ADMIN" --pid host -v /:/host ${'a'.repeat(300)}`,
      `podman run --security-opt seccomp=unconfined -e TOKEN=$T img:1`
    ].join('\n')
    const all = await messages(text)

    expect(all.length).toBeGreaterThan(10)
    expect(all.filter((m) => m.includes('\n') || m.length > 250)).toEqual([])
    expect(all.filter((m) => m.includes(SECRET))).toEqual([])
  })
})
