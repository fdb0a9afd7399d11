#!/usr/bin/env bash
# Starts, stops and reports a single-node Apache Kafka broker (KRaft) on 127.0.0.1:9092 for development,
# CI and the integration tests. Jars come from Maven Central through pom.xml (cached in ~/.m2).
#
#   test/infra/kafka/kafka.sh start    resolve jars if missing, format storage if empty, start, wait until it answers
#   test/infra/kafka/kafka.sh stop     graceful stop, forced after KAFKA_STOP_TIMEOUT seconds
#   test/infra/kafka/kafka.sh status   exit 0 when the broker answers, 1 when it does not
#   test/infra/kafka/kafka.sh jars     resolve the broker's jars with Maven (start does it when they are missing)
#
# Environment: KAFKA_RUNTIME_DIR (default <repo>/.kafka: data, pid, log), KAFKA_PORT (9092),
# KAFKA_CONTROLLER_PORT (9093), KAFKA_START_TIMEOUT (90), KAFKA_STOP_TIMEOUT (30),
# KAFKA_HEAP_OPTS (-Xms128m -Xmx512m). A second broker needs its own runtime dir and ports.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
runtime="${KAFKA_RUNTIME_DIR:-$repo/.kafka}"
data="$runtime/data"
pid_file="$runtime/kafka.pid"
log_file="$runtime/kafka.log"
config="$runtime/server.properties"
jars="$here/jars"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
address="127.0.0.1:$port"
start_timeout="${KAFKA_START_TIMEOUT:-90}"
stop_timeout="${KAFKA_STOP_TIMEOUT:-30}"
heap="${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}"
kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")"

say() { echo "kafka.sh: $*" >&2; }

running_pid() {
  [[ -f "$pid_file" ]] || return 1
  local pid
  pid="$(cat "$pid_file")"
  # The pid must still be our broker, not a recycled number.
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/${address%:*}/${address#*:}") 2>/dev/null; }

answers() {
  if command -v node >/dev/null && [[ -d "$repo/node_modules/kafkajs" ]]; then
    node "$here/probe.mjs" "$address"
  else
    # Without node, an open port plus the broker's own start line is the best evidence available.
    port_open && grep -q 'Kafka Server started' "$log_file" 2>/dev/null
  fi
}

resolve_jars() {
  if [[ -f "$jars/kafka_2.13-$kafka_version.jar" ]] && compgen -G "$jars/slf4j-reload4j-*.jar" >/dev/null; then return 0; fi
  command -v mvn >/dev/null || { say "Maven (mvn) is needed to fetch the broker's jars"; exit 1; }
  say "resolving Kafka $kafka_version jars with Maven"
  rm -rf "$jars"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies >&2
}

java_opts() {
  # shellcheck disable=SC2086
  echo $heap -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    "-Dlog4j.configuration=file:$here/log4j.properties"
}

format_storage() {
  mkdir -p "$data"
  # Later keys win in a properties file, so the runtime values override the template's.
  {
    cat "$here/server.properties"
    echo
    echo "log.dirs=$data"
    echo "metadata.log.dir=$data"
    echo "listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port"
    echo "advertised.listeners=PLAINTEXT://127.0.0.1:$port"
    echo "controller.quorum.voters=1@127.0.0.1:$controller_port"
  } >"$config"
  [[ -f "$data/meta.properties" ]] && return 0
  local cluster_id
  # A Kafka cluster id is 16 random bytes in URL-safe base64 without padding. One starting with "-" would be
  # read as an option by the storage tool (Kafka's own generator draws again for the same reason).
  cluster_id="-"
  while [ "${cluster_id#-}" != "$cluster_id" ]; do
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  done
  say "formatting storage in $data (cluster $cluster_id)"
  # shellcheck disable=SC2046
  java $(java_opts) -cp "$jars/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" --ignore-formatted \
    >>"$log_file" 2>&1 || { say "storage format failed"; tail -n 40 "$log_file" >&2; exit 1; }
}

start() {
  mkdir -p "$runtime"
  if pid="$(running_pid)"; then
    if answers; then say "already running (pid $pid)"; return 0; fi
  elif answers; then
    say "a broker not started by this script already answers on $address; using it"
    return 0
  elif port_open; then
    say "$address is taken by something that is not a Kafka broker"; exit 1
  fi
  if [[ -z "${pid:-}" ]]; then
    command -v java >/dev/null || { say "Java 17+ is needed to run the broker"; exit 1; }
    resolve_jars
    format_storage
    echo "---- start $(date -Is)" >>"$log_file"
    # shellcheck disable=SC2046
    setsid nohup java $(java_opts) -cp "$jars/*" kafka.Kafka "$config" >>"$log_file" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$pid_file"
    say "started broker (pid $pid), waiting for it to answer on $address"
  fi
  local deadline=$((SECONDS + start_timeout))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pid_file"
      say "broker exited during start; last lines of $log_file:"
      tail -n 40 "$log_file" >&2
      exit 1
    fi
    if answers; then say "ready on $address (pid $pid)"; return 0; fi
    sleep 1
  done
  say "broker did not answer within ${start_timeout}s; last lines of $log_file:"
  tail -n 40 "$log_file" >&2
  stop
  exit 1
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pid_file"
    say "not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + stop_timeout))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    say "broker did not stop within ${stop_timeout}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$pid_file"
  say "stopped (pid $pid)"
}

status() {
  local pid
  if answers; then
    if pid="$(running_pid)"; then say "running (pid $pid) on $address"; else say "a broker answers on $address (not started by this script)"; fi
    return 0
  fi
  if pid="$(running_pid)"; then say "process $pid is up but not answering on $address"; else say "not running"; fi
  return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  jars) resolve_jars ;;
  *) echo "usage: $0 {start|stop|status|jars}" >&2; exit 2 ;;
esac
