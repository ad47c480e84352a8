#!/usr/bin/env bash
# The embedding API's costs (issue 7): runtime creation time once warm, heap per idle runtime.
#   bench/embedding.sh          (builds first if needed)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/bench/jvm.sh"
exec "${jvm[@]}" "$here/bench/EmbeddingBench.java"
