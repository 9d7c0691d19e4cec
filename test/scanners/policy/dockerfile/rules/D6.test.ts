import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D6.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D6 final stage does not use a minimal base image', () => {
  it('flags a single-stage build on a full image', () => {
    catches(rule, 'FROM golang:1.22\nCOPY . .\nRUN go build -o /app\n', [1])
    catches(rule, 'FROM registry.access.redhat.com/ubi9/ubi:9.4\n', [1])
  })
  it('flags only the last stage, not the build stages', () => {
    catches(rule, 'FROM alpine:3.20 AS build\nFROM ubuntu:24.04\n', [2])
  })
  it('follows stages built on stages back to the image they start from', () => {
    catches(
      rule,
      'FROM ubuntu:24.04 AS base\nRUN true\nFROM base AS mid\nFROM mid\n',
      [1]
    )
  })
  it('flags ARG-expanded and multi-line FROMs', () => {
    catches(rule, 'ARG BASE=debian:12\nFROM ${BASE}\n', [2])
    catches(rule, 'FROM \\\n  node:22 \\\n  AS final\n', [1])
  })
  it('passes distroless, slim, alpine, scratch and kin in the final stage', () => {
    doesNotCatch(
      rule,
      'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n'
    )
    doesNotCatch(rule, 'FROM debian:12 AS build\nFROM SCRATCH\n')
    doesNotCatch(rule, 'FROM python:3.12-slim\n')
    doesNotCatch(rule, 'FROM eclipse-temurin:21-jre-alpine\n')
    doesNotCatch(rule, 'FROM cgr.dev/chainguard/node\n')
    doesNotCatch(rule, 'FROM registry.access.redhat.com/ubi9/ubi-micro:9.4\n')
    doesNotCatch(rule, 'FROM busybox:1.36\n')
  })
  it('passes a base chosen at build time', () => {
    doesNotCatch(rule, 'ARG BASE\nFROM ${BASE}\n')
  })
  // Microsoft's and Canonical's "chiseled" Ubuntu images are
  // distroless-style bases (no shell, no package manager).
  it('passes chiseled Ubuntu images', () => {
    doesNotCatch(
      rule,
      'FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled\n'
    )
    doesNotCatch(rule, 'FROM ubuntu/dotnet-runtime:8.0-24.04_chiselled\n')
  })
})
