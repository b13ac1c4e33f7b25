/*
 * Prototype: the status-quo household-month of src/engine/model/pass.ts
 * (runMonths with programmes off, averageDisasters off) as a WebAssembly
 * kernel. Same arithmetic in the same order as the TypeScript, so the
 * results are bit-identical; bench.mjs checks that they are.
 *
 * Why this can be bit-identical: wasm f64 arithmetic is IEEE 754 with
 * round-to-nearest and no fused multiply-add (we compile with
 * -ffp-contract=off and without -ffast-math, and baseline wasm has no FMA
 * instruction anyway), f64.floor/f64.min/f64.max have the same semantics as
 * Math.floor/Math.min/Math.max, and uint32 multiplication wraps like
 * Math.imul. The exp below is a line-for-line port of dmath.exp, with its
 * tables built the same way (exact doubling, the same Taylor series).
 *
 * Left out (see README.md): loans, programmes (top-up, cash, stipend,
 * training, farm support, enterprise income), the policy-pass shortcut for
 * untouched households, calibration's averaged disasters, the recorder's
 * division of totals into series (done in JS from the totals below).
 */
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

enum { STRATA = 14, REGIONS = 7, TABLE = 65536, SUSTAINED_MONTHS = 12 };
static const double SHOCK_FLOOR = 1e-4;

/* ---- dmath.exp, ported ---------------------------------------------- */

static const double LN2_HI = 6.93147180369123816490e-1;
static const double LN2_LO = 1.90821492927058770002e-10;
static const double INV_LN2 = 1.44269504088896338700;

/*
 * 2^k for k in [-1022, 1023] at POW2[1022 + k]. One more entry, NaN: for x in
 * about [709.7772, 709.7827] dmath.exp reads POW2[2046], one past the end of
 * its table, gets undefined and returns NaN. The port does the same on purpose
 * (bit-identical, even there); the model never gets near e^709.
 */
static double POW2[2047];
static double INV_FACT[15]; /* 1/n! */
static double EXP_TABLE[64]; /* 2^(j/64) */

static double exp_slow(double x) {
  double k = __builtin_floor(x * INV_LN2 + 0.5);
  double r = x - k * LN2_HI - k * LN2_LO;
  double p = INV_FACT[14];
  for (int n = 13; n >= 0; n--) p = p * r + INV_FACT[n];
  return p * POW2[1022 + (int)k];
}

static void build_exp_tables(void) {
  POW2[1022] = 1;
  for (int k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k] * 2;
  for (int k = 1; k <= 1022; k++) POW2[1022 - k] = POW2[1023 - k] / 2;
  POW2[2046] = __builtin_nan("");
  INV_FACT[0] = 1;
  for (int n = 1; n < 15; n++) INV_FACT[n] = INV_FACT[n - 1] / n;
  for (int j = 0; j < 64; j++) EXP_TABLE[j] = exp_slow((j * LN2_HI) / 64 + (j * LN2_LO) / 64);
}

/* e^x exactly as dmath.exp computes it. */
static double dexp(double x) {
  if (x != x) return x;
  if (x > 709.782712893384) return __builtin_inf();
  if (x < -708.3964185322641) return 0;
  double k = __builtin_floor(x * (64 * INV_LN2) + 0.5);
  double r = x - k * (LN2_HI / 64) - k * (LN2_LO / 64);
  int j = (int)k & 63; /* |k| < 2^16 here, so this is JavaScript's ToInt32(k) & 63 */
  double m = (k - j) / 64;
  double p = 1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120)))));
  return POW2[1022 + (int)m] * (EXP_TABLE[j] * p);
}

EXPORT("exp") double exported_exp(double x) { return dexp(x); }

/* ---- random/hash.ts, ported ----------------------------------------- */

static uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  return h ^ (h >> 16);
}

static uint32_t draw_bits(uint32_t stream, int household) {
  return fmix32(stream ^ ((uint32_t)(household + 1) * 0x27d4eb2du));
}

static double unit_lo(uint32_t bits) { return (double)(bits & 0xffff) * (1.0 / 65536); }
static double unit_hi(uint32_t bits) { return (double)(bits >> 16) * (1.0 / 65536); }
static double unit32(uint32_t bits) { return (double)bits * (1.0 / 4294967296.0); }

/* ---- model/consumption.ts, ported ----------------------------------- */

/* f64.min/f64.max are Math.min/Math.max (NaN and signed zeros included); C's fmin/fmax are not. */
static double consume(double mpc, double buffer_months, double expected, double cash_on_hand, double reserve) {
  double planned = expected + mpc * (cash_on_hand - expected - buffer_months * expected - reserve);
  return __builtin_wasm_min_f64(cash_on_hand, __builtin_wasm_max_f64(0, planned));
}

/* ---- tables, parameters and columns, filled in by JavaScript -------- */

static double NORMAL[TABLE];         /* random/normal.ts NORMAL_TABLE */
static double EXP_TRANSITORY[TABLE]; /* ctx.expTransitory */
static uint8_t HIT[STRATA];          /* a disaster struck stratum s this month */
static double FLOOD_SHARE[STRATA];   /* ctx.floodShare */

/* Monthly totals: poorPeople, poorHouseholds, gap, consSum, people, existingHouseholds, regionPoor[7], regionPeople[7]. */
enum { T_POOR_PEOPLE, T_POOR_HH, T_GAP, T_CONS, T_PEOPLE, T_EXISTING, T_REGION_POOR, T_REGION_PEOPLE = T_REGION_POOR + REGIONS };
static double TOTALS[T_REGION_PEOPLE + REGIONS];

EXPORT("normalTable") double *normal_table(void) { return NORMAL; }
EXPORT("expTransitory") double *exp_transitory(void) { return EXP_TRANSITORY; }
EXPORT("hit") uint8_t *hit(void) { return HIT; }
EXPORT("floodShare") double *flood_share(void) { return FLOOD_SHARE; }
EXPORT("totals") double *totals(void) { return TOTALS; }

static struct {
  double rho, innov_sd;
  double health_monthly, health_recovery, health_loss;
  double disaster_recovery, disaster_affected, disaster_loss;
  double flood_recovery, flood_loss;
  double poverty_line, mpc, buffer_months, savings_growth;
} par;

EXPORT("setParams") void set_params(
  double rho, double innov_sd, double health_monthly, double health_recovery, double health_loss,
  double disaster_recovery, double disaster_affected, double disaster_loss, double flood_recovery, double flood_loss,
  double poverty_line, double mpc, double buffer_months, double savings_growth) {
  par.rho = rho; par.innov_sd = innov_sd;
  par.health_monthly = health_monthly; par.health_recovery = health_recovery; par.health_loss = health_loss;
  par.disaster_recovery = disaster_recovery; par.disaster_affected = disaster_affected; par.disaster_loss = disaster_loss;
  par.flood_recovery = flood_recovery; par.flood_loss = flood_loss;
  par.poverty_line = poverty_line; par.mpc = mpc; par.buffer_months = buffer_months; par.savings_growth = savings_growth;
}

/* The population (read only) and the pass state: the struct of arrays of population/generate.ts and model/state.ts. */
static struct {
  int n;
  const uint8_t *stratum, *region, *farm, *bottom40, *existing, *size;
  const double *base, *weight, *ae;
} pop;

static struct {
  double *persistent, *health, *disaster, *flood, *savings, *cons;
  int32_t *last_shock, *out_run;
  uint8_t *had12, *poor0, *reentered;
} st;

EXPORT("bindPopulation") void bind_population(
  int n, const uint8_t *stratum, const uint8_t *region, const uint8_t *farm, const uint8_t *bottom40, const uint8_t *existing,
  const uint8_t *size, const double *base, const double *weight, const double *ae) {
  pop.n = n; pop.stratum = stratum; pop.region = region; pop.farm = farm; pop.bottom40 = bottom40; pop.existing = existing;
  pop.size = size; pop.base = base; pop.weight = weight; pop.ae = ae;
}

EXPORT("bindState") void bind_state(
  double *persistent, double *health, double *disaster, double *flood, double *savings, double *cons,
  int32_t *last_shock, int32_t *out_run, uint8_t *had12, uint8_t *poor0, uint8_t *reentered) {
  st.persistent = persistent; st.health = health; st.disaster = disaster; st.flood = flood; st.savings = savings; st.cons = cons;
  st.last_shock = last_shock; st.out_run = out_run; st.had12 = had12; st.poor0 = poor0; st.reentered = reentered;
}

/* A bump allocator for the columns: JavaScript allocates once, at start-up. */
extern unsigned char __heap_base;
static uintptr_t heap_top;

EXPORT("alloc") void *alloc(uint32_t bytes) {
  if (heap_top == 0) heap_top = (uintptr_t)&__heap_base;
  uintptr_t at = (heap_top + 15) & ~(uintptr_t)15;
  uintptr_t end = at + bytes;
  uintptr_t have = __builtin_wasm_memory_size(0) * 65536;
  if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) < 0) return 0;
  heap_top = end;
  return (void *)at;
}

EXPORT("init") void init(void) { build_exp_tables(); }

/* ---- one status-quo month over every household ----------------------- */

/*
 * Month t. The per-month inputs (stream keys, which strata a disaster
 * struck, prices, the season) are computed in JavaScript, once a month, by
 * the same code for both kernels (month.ts).
 */
EXPORT("runMonth") void run_month(
  int t, uint32_t k_income, uint32_t k_shock, uint32_t k_flood, int flood_now,
  double price_log, double poor_price_log, double existing_real, double season_factor, double season_mean, double reserve_factor) {
  double poor_people = 0, poor_hh = 0, gap = 0, cons_sum = 0, people = 0, existing_hh = 0;
  double *region_poor = TOTALS + T_REGION_POOR, *region_people = TOTALS + T_REGION_PEOPLE;
  for (int r = 0; r < REGIONS; r++) region_poor[r] = region_people[r] = 0;
  const double z = par.poverty_line;

  for (int i = 0; i < pop.n; i++) {
    const double w = pop.weight[i];
    const int s = pop.stratum[i];
    const double ae = pop.ae[i];

    /* Income: persistent AR(1); health, disaster and flood losses (log points) decaying. */
    const uint32_t bits = draw_bits(k_income, i);
    const double p = par.rho * st.persistent[i] + par.innov_sd * NORMAL[bits & 0xffff];
    st.persistent[i] = p;
    const uint32_t shock_bits = draw_bits(k_shock, i);
    double shock = st.health[i] * par.health_recovery;
    if (shock > -SHOCK_FLOOR) shock = 0;
    if (unit_lo(shock_bits) < par.health_monthly) {
      shock -= par.health_loss;
      st.last_shock[i] = t;
    }
    st.health[i] = shock;
    double dis = st.disaster[i];
    if (dis != 0 || HIT[s]) {
      dis *= par.disaster_recovery;
      if (dis > -SHOCK_FLOOR) dis = 0;
      if (HIT[s] && unit_hi(shock_bits) < par.disaster_affected) {
        dis -= par.disaster_loss;
        st.last_shock[i] = t;
      }
      st.disaster[i] = dis;
      shock += dis;
    }
    double fl = st.flood[i];
    if (fl != 0 || flood_now) {
      fl *= par.flood_recovery;
      if (fl > -SHOCK_FLOOR) fl = 0;
      if (flood_now && unit32(draw_bits(k_flood, i)) < FLOOD_SHARE[s]) {
        fl -= par.flood_loss;
        st.last_shock[i] = t;
      }
      st.flood[i] = fl;
      shock += fl;
    }

    /* Permanent income and this month's earnings. */
    double perm_log = pop.base[i] + p + price_log;
    if (pop.bottom40[i]) perm_log += poor_price_log;
    double transfers = 0;
    if (pop.existing[i]) {
      transfers += existing_real;
      existing_hh += w;
    }
    const double base_earnings = ae * dexp(perm_log);
    double earned = base_earnings * EXP_TRANSITORY[bits >> 16];
    if (shock != 0) earned *= dexp(shock);
    double expected_earnings = base_earnings;
    double reserve = 0;
    if (pop.farm[i]) {
      earned *= season_factor;
      expected_earnings = base_earnings * season_mean;
      reserve = base_earnings * reserve_factor;
    }

    /* Buffer-stock consumption and savings (enterprise income is 0 with programmes off: omitted). */
    const double expected = expected_earnings + transfers;
    const double cash_on_hand = st.savings[i] + earned + transfers;
    const double c = consume(par.mpc, par.buffer_months, expected, cash_on_hand, reserve);
    st.savings[i] = (cash_on_hand - c) * par.savings_growth;
    const double per_ae = c / ae;
    st.cons[i] = per_ae;

    /* Poverty counts and spells. */
    const double wp = w * pop.size[i];
    const int r = pop.region[i];
    people += wp;
    region_people[r] += wp;
    cons_sum += wp * per_ae;
    if (per_ae < z) {
      poor_people += wp;
      region_poor[r] += wp;
      poor_hh += w;
      gap += wp * (1 - per_ae / z);
      if (st.had12[i] && st.poor0[i]) st.reentered[i] = 1;
      st.out_run[i] = 0;
    } else if (++st.out_run[i] >= SUSTAINED_MONTHS) {
      st.had12[i] = 1;
    }
  }
  TOTALS[T_POOR_PEOPLE] = poor_people;
  TOTALS[T_POOR_HH] = poor_hh;
  TOTALS[T_GAP] = gap;
  TOTALS[T_CONS] = cons_sum;
  TOTALS[T_PEOPLE] = people;
  TOTALS[T_EXISTING] = existing_hh;
}
