#!/usr/bin/env bash
# The Node core module benchmarks of issue 8 (fs-read-many, fs-stream-copy, spawn-many, buffer-ops)
# and node-streams-pipe on Node, Cortado (the warm daemon, -A), Deno (-A) and Bun, in one run, with the
# ratio to Node and the target (<= 1.5). Same table as bench/run.sh, which does the work.
#   bench/node.sh
#   ONLY=spawn-many bench/node.sh
exec "$(dirname "$0")/run.sh" node
