import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D54.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D54 packages installed at container start', () => {
  it('flags installs in a shell-form CMD, continued or not', () => {
    catches(
      rule,
      'FROM debian:12-slim\nCMD apt-get update && apt-get install -y curl && ./app\n',
      [2]
    )
    catches(
      rule,
      'FROM node:22-slim\nCMD npm install \\\n    && node server.js\n',
      [2]
    )
  })
  it('flags installs in exec form and behind sh -c', () => {
    catches(
      rule,
      'FROM debian:12-slim\nENTRYPOINT ["/bin/sh", "-c", "pip install -r /app/req.txt && exec python /app/main.py"]\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12-slim\nENTRYPOINT ["/usr/bin/apt-get", "install", "-y", "curl"]\n',
      [2]
    )
  })
  it('flags every stage and python -m pip', () => {
    catches(
      rule,
      'FROM alpine:3.20 AS a\nCMD ["sh", "-c", "apk add --no-cache curl && ./app"]\nFROM python:3.12-slim\nCMD ["python", "-m", "pip", "install", "x"]\n',
      [2, 4]
    )
  })
  it('passes installs at build time', () => {
    doesNotCatch(
      rule,
      'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCMD ["./app"]\n'
    )
  })
  it('passes package managers that only run the app', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN npm ci\nCMD ["npm", "start"]\nENTRYPOINT ["npm", "run", "serve"]\n'
    )
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nCMD ["python", "-m", "http.server"]\n'
    )
  })
  it('passes names that only contain a manager', () => {
    doesNotCatch(
      rule,
      'FROM debian:12-slim\nCMD ["./install-check.sh", "--apt-get"]\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12-slim\nCMD ["/opt/apt-get-wrapper", "install"]\n'
    )
  })
  it('passes HEALTHCHECK, which is not a start command', () => {
    doesNotCatch(rule, 'FROM debian:12-slim\nHEALTHCHECK CMD apt-get update\n')
  })
})
