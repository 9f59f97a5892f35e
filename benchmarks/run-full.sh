#!/usr/bin/env bash
# Full profile: exhaustive gate, every contender at every size, longer iterations. Expect well over
# an hour on 2 cores (Drools takes minutes to build 10,000 agreements; jCasbin and AuthzForce take tens
# of milliseconds a decision there).
# Usage: benchmarks/run-full.sh ; results in docs/benchmarks/full/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="${OUT:-$root/docs/benchmarks/full}"
mkdir -p "$out"
rm -f "$out"/*.json
(cd "$root" && mvn -q -o install -DskipTests -Dmaven.javadoc.skip=true)
(cd "$here" && mvn -q -o package -DskipTests)
jar="$here/target/benchmarks.jar"
jmh() { java -jar "$jar" -foe true -f 2 "$@"; }
long=(-wi 3 -w 2s -i 5 -r 2s)
all=handWritten,lookupTable,passerelle,drools,easyRules,authzforce,jcasbin

java -cp "$jar" org.passerelle.benchmarks.Gate --sizes 10,100,1000,10000 --random 2000 --exhaustive true \
  --contenders "$all" --out "$out/gate.md"
jmh 'SharingDecisionBenchmark.decide$' -prof gc "${long[@]}" -p contender="$all" -p agreements=10,100,1000,10000 \
  -rf json -rff "$out/decide.json"
jmh 'SharingDecisionBenchmark.decide$' -bm sample "${long[@]}" -p contender="$all" -p agreements=1000 \
  -rf json -rff "$out/decide-sample.json"
jmh 'SharingDecisionBenchmark.decide$' -t 2 "${long[@]}" -p contender=handWritten,lookupTable,passerelle,drools,easyRules,authzforce \
  -p agreements=1000 -rf json -rff "$out/decide-2threads.json"
jmh 'SharingDecisionBenchmark.(decideJson|batch)$' -prof gc "${long[@]}" -p contender="$all" -p agreements=1000 \
  -rf json -rff "$out/json-batch.json"
jmh 'SharingExplainBenchmark' -prof gc "${long[@]}" -p agreements=100,1000,10000 -rf json -rff "$out/explain.json"
jmh 'SharingLoadBenchmark' -p contender="$all" -p agreements=100,1000,10000 -rf json -rff "$out/load.json"
# Risk assessment, Passerelle vs Drools vs hand-written: gate on both streams (10,000 KCS declarations), CPU time;
# Drools stops at 1,000 indicators (its build of 10,000 rules takes too long: see docs/benchmarks.md).
java -cp "$jar" org.passerelle.benchmarks.RiskGate --sizes 10,100,1000,10000 --shipments generated,kcs --kcs 10000 \
  --cpu 100000 --contenders handWritten,passerelle,drools@1000,droolsStateful@1000,droolsSequential@1000 --out "$out/risk-gate.md"
jmh 'RiskComparisonBenchmark.assess$' -prof gc "${long[@]}" -p contender=handWritten,passerelle,drools,droolsStateful,droolsSequential \
  -p indicators=10,100,1000 -p shipments=generated,kcs -rf json -rff "$out/risk-comparison.json"
jmh 'RiskComparisonBenchmark.assess$' -prof gc "${long[@]}" -p contender=handWritten,passerelle \
  -p indicators=10000 -p shipments=generated,kcs -rf json -rff "$out/risk-comparison-10000.json"
java -cp "$jar" org.passerelle.benchmarks.Report "$out" > /dev/null
echo "full profile done: $out/results.md"
