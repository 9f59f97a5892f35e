#!/usr/bin/env bash
# Quick profile: the conformance gate, then short JMH runs. Target: a few minutes on 2 cores.
# Usage (from the repository root or anywhere): benchmarks/run-quick.sh
# Raw JMH JSON, the gate table, results.md and the SVG plot go to docs/benchmarks/quick/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="${OUT:-$root/docs/benchmarks/quick}"
mkdir -p "$out"
rm -f "$out"/*.json
(cd "$root" && mvn -q -o install -DskipTests -Dmaven.javadoc.skip=true)
(cd "$here" && mvn -q -o package -DskipTests)
jar="$here/target/benchmarks.jar"
jmh() { java -jar "$jar" -foe true -f 1 "$@"; }
short=(-wi 1 -w 1s -i 2 -r 1s)

# 1. Conformance gate before any timing (seeded random + edge cases; exhaustive in the full profile).
java -cp "$jar" org.passerelle.benchmarks.Gate --sizes 10,100,1000,10000 --random 300 --exhaustive false \
  --contenders handWritten,lookupTable,passerelle,easyRules@1000,authzforce@1000,jcasbin@1000,drools@100 \
  --out "$out/gate.md"

# 2. Decision on a prebuilt request, avg ns/op and B/op (-prof gc), by size.
jmh 'SharingDecisionBenchmark.decide$' -prof gc "${short[@]}" \
  -p contender=handWritten,lookupTable,passerelle -p agreements=10,100,1000,10000 -rf json -rff "$out/decide-fast.json"
jmh 'SharingDecisionBenchmark.decide$' -prof gc "${short[@]}" \
  -p contender=easyRules,authzforce,jcasbin -p agreements=10,100,1000 -rf json -rff "$out/decide-peers.json"
jmh 'SharingDecisionBenchmark.decide$' -prof gc "${short[@]}" \
  -p contender=drools -p agreements=10,100 -rf json -rff "$out/decide-drools.json"
# 3. p99 (SampleTime) at 1,000 agreements.
jmh 'SharingDecisionBenchmark.decide$' -bm sample "${short[@]}" \
  -p contender=handWritten,lookupTable,passerelle -p agreements=1000 -rf json -rff "$out/decide-sample.json"
# 4. 2 threads, JSON, batch and explanation at 1,000 agreements.
jmh 'SharingDecisionBenchmark.decide$' -t 2 "${short[@]}" \
  -p contender=handWritten,passerelle -p agreements=1000 -rf json -rff "$out/decide-2threads.json"
jmh 'SharingDecisionBenchmark.(decideJson|batch)$' -prof gc "${short[@]}" \
  -p contender=handWritten,passerelle -p agreements=1000 -rf json -rff "$out/json-batch.json"
jmh 'SharingExplainBenchmark' -prof gc "${short[@]}" -p agreements=1000 -rf json -rff "$out/explain.json"
# 5. Load and compile time at 1,000 agreements (cold single-shot load of every contender is in gate.md).
jmh 'SharingLoadBenchmark' -wi 1 -i 2 -p contender=handWritten,lookupTable,passerelle,easyRules,jcasbin \
  -p agreements=1000 -rf json -rff "$out/load.json"

# 6. Risk assessment, Passerelle vs Drools vs hand-written (docs/benchmarks.md, "Risk assessment"): gate on the
#    generated comparison declarations and the first 1,000 KCS declarations, with Drools build time and thread CPU
#    time per shipment (5,000 assessments); then JMH at 100 and 1,000 indicators on the generated stream.
java -cp "$jar" org.passerelle.benchmarks.RiskGate --sizes 100,1000 --shipments generated,kcs --kcs 1000 --cpu 5000 \
  --contenders handWritten,passerelle,drools,droolsStateful --out "$out/risk-gate.md"
jmh 'RiskComparisonBenchmark.assess$' -prof gc "${short[@]}" -p contender=handWritten,passerelle,drools,droolsStateful \
  -p indicators=100,1000 -p shipments=generated -rf json -rff "$out/risk-comparison.json"

java -cp "$jar" org.passerelle.benchmarks.Report "$out" > /dev/null
echo "quick profile done: $out/results.md, $out/gate.md, $out/latency-vs-rules.svg"
