package org.passerelle.risk.learn;

/**
 * Logistic regression with non-negative coefficients and an L2 penalty, fitted by cyclic
 * coordinate descent with one Newton step per coordinate, each projected on zero: small enough to
 * read, no dependency. Non-negative coefficients keep every family of indicators adding risk, so
 * that the scorecard stays a sum of named indicators with positive weights.
 */
final class LogisticRegression {
    private LogisticRegression() {
    }

    /**
     * Fits coefficients and an intercept; returns the coefficients followed by the intercept.
     *
     * @param x the features, one row per example
     * @param y the outcomes
     * @param l2 the penalty on the coefficients (not the intercept)
     * @param passes the number of passes over the coordinates
     */
    static double[] fit(double[][] x, boolean[] y, double l2, int passes) {
        int n = x.length;
        int m = n == 0 ? 0 : x[0].length;
        // one column per coordinate (the intercept's a column of ones), so that a coordinate's pass reads memory in order
        double[][] columns = new double[m + 1][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                columns[j][i] = x[i][j];
            }
        }
        java.util.Arrays.fill(columns[m], 1);
        double[] beta = new double[m + 1];
        double[] z = new double[n];
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        double rate = (positives + 0.5) / (n + 1.0);
        beta[m] = Math.log(rate / (1 - rate));
        java.util.Arrays.fill(z, beta[m]);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = 1 / (1 + Math.exp(-z[i]));
        }
        for (int pass = 0; pass < passes; pass++) {
            double change = 0;
            for (int j = 0; j <= m; j++) {
                double[] column = columns[j];
                double g = 0;
                double h = 1e-9;
                for (int i = 0; i < n; i++) {
                    double xij = column[i];
                    if (xij != 0) {
                        g += (p[i] - (y[i] ? 1 : 0)) * xij;
                        h += p[i] * (1 - p[i]) * xij * xij;
                    }
                }
                g /= n;
                h /= n;
                if (j < m) {
                    g += l2 * beta[j];
                    h += l2;
                }
                double next = beta[j] - g / h;
                if (j < m && next < 0) {
                    next = 0;
                }
                double step = next - beta[j];
                if (step != 0) {
                    for (int i = 0; i < n; i++) {
                        double xij = column[i];
                        if (xij != 0) {
                            z[i] += step * xij;
                            p[i] = 1 / (1 + Math.exp(-z[i]));
                        }
                    }
                    beta[j] = next;
                    change = Math.max(change, Math.abs(step));
                }
            }
            if (change < 1e-6) {
                break;
            }
        }
        return beta;
    }
}
