#!/bin/sh
# The hub image's one entry point: its first argument chooses the process, as the manifests in
# deploy/kubernetes/ do. `exec` makes node the process that receives SIGTERM.
set -eu
command="${1:-gateway}"
[ $# -gt 0 ] && shift
case "$command" in
  gateway) exec node dist/scripts/start-gateway.js "$@" ;;
  subgraph) exec node dist/scripts/start-subgraph.js "$@" ;;
  migrate | statistics-refresh | retention | audit-retention | audit-verify | audit-export-roots | audit-prove | application-revoke)
    exec node "dist/scripts/$command.js" "$@" ;;
  *)
    echo "usage: gateway | subgraph <dossiers|persons|risk|statistics|audit> | migrate | statistics-refresh | retention | audit-retention | audit-verify | audit-export-roots | audit-prove | application-revoke [options]" >&2
    exit 64 ;;
esac
