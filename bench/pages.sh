#!/usr/bin/env bash
# Page throughput of Matchpunt next to a reference application of the same stack (issue 20). Not a test: it prints
# figures. Builds Matchpunt and bench/reference (the leanest application on the same Spring Boot parent: Web MVC,
# Thymeleaf, Spring Data JPA on H2, Spring Security form login, one list page of ten owners like petclinic's /owners),
# starts both side by side (each java -Xmx1g; Matchpunt on the default profile with a fresh embedded demo database),
# prints each one's start-up time to the first answer of the login page, warms each up with the same number of
# requests, then measures with wrk, in ROUNDS rounds: the reference's /owners, then every list page of each role and
# the dashboard. Prints requests/s, p50 and p99 per page (median over the rounds) and the ratio of the requests/s to
# the reference's list page.
#
#   bench/pages.sh                      # about 8 minutes on a busy 2-core machine (4 of them measuring)
#   SECONDS_PER_PAGE=10 ROUNDS=3 bench/pages.sh
#   SKIP_BUILD=1 bench/pages.sh         # use target/matchpunt.jar and bench/reference/target/reference.jar as built
#   MATCHPUNT_JAR=/tmp/before.jar SKIP_BUILD=1 bench/pages.sh   # another build of Matchpunt (before and after)
#
# Needs wrk (Debian: apt-get install wrk) and curl. Figures from a shared machine are indicative only.
set -euo pipefail

SECONDS_PER_PAGE=${SECONDS_PER_PAGE:-5}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-2000}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
APP_PORT=${APP_PORT:-18080}
REF_PORT=${REF_PORT:-18081}
HEAP=${HEAP:--Xmx1g}
DEMO_PASSWORD=matchpunt-demo
REF_USER=owner
REF_PASSWORD=reference-demo

# role account, page
PAGES=(
    "coordinator /dwellings" "coordinator /clients" "coordinator /clients/queue" "coordinator /rounds"
    "coordinator /proposals" "coordinator /cases" "coordinator /dashboard"
    "ymere /dwellings" "ymere /proposals" "ymere /cases" "ymere /dashboard"
    "hvo /clients" "hvo /proposals" "hvo /cases" "hvo /dashboard"
)

cd "$(dirname "$0")/.."
ROOT=$PWD
command -v wrk > /dev/null || { echo "bench/pages.sh needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
command -v curl > /dev/null || { echo "bench/pages.sh needs curl" >&2; exit 1; }
for port in "$APP_PORT" "$REF_PORT"; do
    if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is in use" >&2; exit 1; fi
done

WORK=$(mktemp -d /tmp/matchpunt-bench.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building Matchpunt and the reference"
    ./mvnw -q -B -ntp package -Dmaven.test.skip=true -Djacoco.skip=true
    ./mvnw -q -B -ntp -f bench/reference/pom.xml package -Dmaven.test.skip=true
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# start NAME JAR PORT: starts the jar in its own directory (Matchpunt's H2 database goes to ./data there); sets
# STARTED (its process id) and STARTUP (the seconds until GET /login answered 200).
start() {
    local name=$1 jar=$2 port=$3
    mkdir -p "$WORK/$name"
    local begin
    begin=$(now)
    (cd "$WORK/$name" && exec java $HEAP -jar "$jar" --server.port="$port" > "$WORK/$name.log" 2>&1) &
    STARTED=$!
    PIDS+=("$STARTED")
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login") == 200 ]]; do
        alive "$name" "$STARTED"
        sleep 0.1
    done
    STARTUP=$(elapsed "$begin" "$(now)")
}

alive() {
    kill -0 "$2" 2> /dev/null || { echo "$1 stopped; its log:" >&2; tail -40 "$WORK/$1.log" >&2; exit 1; }
}

# login PORT USER PASSWORD: logs in through the login form (with its hidden fields) and prints the session cookie.
login() {
    local port=$1 user=$2 password=$3 jar="$WORK/cookies-$port-$2"
    local fields=()
    while read -r field; do
        [[ -n "$field" ]] && fields+=(--data-urlencode "$field")
    done < <(curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" \
        | grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' \
        | sed 's/.*name="\([^"]*\)" value="\([^"]*\)"/\1=\2/')
    local location
    location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "${fields[@]}" \
        --data-urlencode "username=$user" --data-urlencode "password=$password" "http://localhost:$port/login")
    if [[ "$location" == *login* || -z "$location" ]]; then echo "login of $user failed: $location" >&2; exit 1; fi
    echo "JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)"
}

# check PORT COOKIE PATH: the page must answer 200 to this session (not a redirect to the login page), also with the
# warm-up's parameter.
check() {
    local status url
    for url in "$3" "$3?warmup=0"; do
        status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" -H "Accept: text/html" "http://localhost:$1$url")
        [[ "$status" == 200 ]] || { echo "GET $url on port $1 answered $status" >&2; exit 1; }
    done
}

# warm PORT COOKIE PATH REQUESTS: that many GETs, CONNECTIONS at a time (curl's URL range numbers them with an
# ignored parameter; wrk cannot stop after a number of requests)
warm() {
    curl -s -Z --parallel-max "$CONNECTIONS" -H "Cookie: $2" -H "Accept: text/html" \
        "http://localhost:$1$3?warmup=[1-$4]" > /dev/null 2>&1
}

# ms VALUE: wrk's 850.00us / 12.34ms / 1.02s in milliseconds
ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.1f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.1f", v }
        else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.1f", v * 60000 }
        else { sub(/s$/, "", v); printf "%.1f", v * 1000 } }'
}

# cpu PID: the CPU time the process has used so far, in milliseconds (user and system, from /proc)
TICKS=$(getconf CLK_TCK)
cpu() { awk -v t="$TICKS" '{ print ($14 + $15) * 1000 / t }' "/proc/$1/stat"; }

# measure LABEL PORT COOKIE PATH ROUND PID: one wrk run; appends "label round rps p50 p99 errors cpu" to results, cpu
# being the server's CPU milliseconds per request (less disturbed by other load on a shared machine than requests/s)
measure() {
    local out before
    before=$(cpu "$6")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" --latency \
        -H "Cookie: $3" -H "Accept: text/html" "http://localhost:$2$4")
    local rps p50 p99 errors
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
    errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors/ { print "socket" }' <<< "$out" | paste -sd+)
    local requests per_request
    requests=$(awk '/ requests in / { print $1 }' <<< "$out")
    per_request=$(awk -v a="$before" -v b="$(cpu "$6")" -v n="$requests" 'BEGIN { printf "%.2f", (b - a) / n }')
    printf '%s %s %s %s %s %s %s\n' "$1" "$5" "$rps" "$p50" "$p99" "${errors:-0}" "$per_request" >> "$WORK/results"
    printf '  round %s  %-26s %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms  %6.2f ms CPU/request%s\n' "$5" "$1" "$rps" \
        "$p50" "$p99" "$per_request" "$([[ -n "$errors" ]] && echo "  NON-2xx/errors: $errors")"
}

echo "== start-up (java $HEAP; time to the first 200 of GET /login)"
start reference "$ROOT/bench/reference/target/reference.jar" "$REF_PORT"
ref_start=$STARTUP
REF_PID=$STARTED
echo "  reference  ${ref_start} s"
app_begin=$(now)
start matchpunt "${MATCHPUNT_JAR:-$ROOT/target/matchpunt.jar}" "$APP_PORT"
app_start=$STARTUP
APP_PID=$STARTED
echo "  matchpunt  ${app_start} s   ($(awk -v a="$app_start" -v b="$ref_start" 'BEGIN { printf "%.2f", a / b }') x the reference)"
until grep -q "Demo logins" "$WORK/matchpunt.log"; do alive matchpunt "$STARTED"; sleep 0.5; done
echo "  matchpunt fresh demo data complete after $(elapsed "$app_begin" "$(now)") s"

declare -A COOKIE
REF_COOKIE=$(login "$REF_PORT" "$REF_USER" "$REF_PASSWORD")
check "$REF_PORT" "$REF_COOKIE" /owners
for entry in "${PAGES[@]}"; do
    read -r user path <<< "$entry"
    [[ -n "${COOKIE[$user]:-}" ]] || COOKIE[$user]=$(login "$APP_PORT" "$user" "$DEMO_PASSWORD")
    check "$APP_PORT" "${COOKIE[$user]}" "$path"
done

echo "== warm-up: $WARMUP requests each (the reference on /owners; Matchpunt spread over its ${#PAGES[@]} pages)"
warm "$REF_PORT" "$REF_COOKIE" /owners "$WARMUP"
per_page=$(( (WARMUP + ${#PAGES[@]} - 1) / ${#PAGES[@]} ))
for entry in "${PAGES[@]}"; do
    read -r user path <<< "$entry"
    warm "$APP_PORT" "${COOKIE[$user]}" "$path" "$per_page"
done

echo "== measuring: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_PAGE}s per page, $ROUNDS rounds"
: > "$WORK/results"
for round in $(seq 1 "$ROUNDS"); do
    measure "reference /owners" "$REF_PORT" "$REF_COOKIE" /owners "$round" "$REF_PID"
    for entry in "${PAGES[@]}"; do
        read -r user path <<< "$entry"
        measure "$user $path" "$APP_PORT" "${COOKIE[$user]}" "$path" "$round" "$APP_PID"
    done
done

echo
echo "== median over $ROUNDS rounds (ratio: requests/s against the reference's /owners; CPU ratio: the reference's"
echo "   CPU milliseconds per request against the page's, so that above 1 means cheaper than the reference)"
awk '
    function median(list,   n, a, i, j, t) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    {
        label = $1 " " $2
        if (!(label in rps)) order[++count] = label
        rps[label] = rps[label] " " $4; p50[label] = p50[label] " " $5; p99[label] = p99[label] " " $6
        cpu[label] = cpu[label] " " $8
    }
    END {
        reference = median(rps["reference /owners"])
        referenceCpu = median(cpu["reference /owners"])
        printf "%-26s %10s %10s %10s %7s %12s %9s\n", "page", "req/s", "p50 ms", "p99 ms", "ratio", "CPU ms/req", "CPU ratio"
        for (i = 1; i <= count; i++) {
            l = order[i]
            printf "%-26s %10.1f %10.1f %10.1f %7.2f %12.2f %9.2f\n", l, median(rps[l]), median(p50[l]), median(p99[l]),
                median(rps[l]) / reference, median(cpu[l]), referenceCpu / median(cpu[l])
        }
    }' "$WORK/results"
echo "(start-up to the login page: reference ${ref_start} s, matchpunt ${app_start} s)"
