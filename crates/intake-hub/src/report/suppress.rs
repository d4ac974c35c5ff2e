//! Small-cell suppression that cannot be undone by arithmetic.
//!
//! A published table is a set of counts ("cells") tied together by sums: a column's groups add up to its
//! total, and a group's members split into, say, screened and not screened. Hiding only the cells under 11
//! ("primary" suppression) is not enough: a reader who knows the total subtracts the visible cells and gets
//! the hidden one back. The table's owner (the equity report) decides what to hide in whole units (a
//! group's row, a rate's pair of counts) and this module plays the attacker: it narrows every hidden cell to
//! the interval the published cells and sums allow (interval propagation over the equations, run to a
//! fixed point) and says whether any hidden cell is pinned to a single value. The owner hides more until
//! none is. Hiding only ever widens intervals, so that loop ends; at worst everything is hidden.
//!
//! What it does not defend against (named in ARCHITECTURE.md): differencing two reports cut differently
//! (site A's table against the ACO's), and narrowing a hidden cell to a small range rather than one value.
//!
//! Counts of 1 to 10 are suppressed; 0 is shown. A zero identifies nobody, and hiding zeros would blank most
//! of a small health center's table (the CMS cell-size rule is also "1 to 10").

/// Cells below this are hidden (zero excepted).
pub const MIN_CELL: u64 = 11;

/// `total = sum of parts`, over cell indexes.
#[derive(Debug, Clone)]
pub struct Equation {
    pub total: usize,
    pub parts: Vec<usize>,
}

/// Cells, the equations that tie them, and which are hidden.
#[derive(Debug, Clone)]
pub struct Grid {
    pub values: Vec<u64>,
    pub hidden: Vec<bool>,
    pub equations: Vec<Equation>,
}

/// Upper bound of a hidden cell nothing limits: far above any count, far below overflow of the sums.
const UNBOUNDED: i128 = 1 << 60;

impl Grid {
    pub fn new(values: Vec<u64>, equations: Vec<Equation>) -> Grid {
        let hidden = vec![false; values.len()];
        Grid { values, hidden, equations }
    }

    /// The first hidden cell of 1 to 10 that the visible cells and the equations give away exactly, if any.
    /// A hidden cell given away as 0, or as 11 or more, discloses nothing the rule protects (both could have
    /// been shown); if it helps give away a small one, that one is found.
    pub fn recoverable(&self) -> Option<usize> {
        let bounds = self.bounds();
        (0..self.values.len()).find(|&i| self.hidden[i] && bounds[i].0 == bounds[i].1 && (1..MIN_CELL as i128).contains(&bounds[i].0))
    }

    /// The interval each cell is known to lie in, given the visible cells and the equations.
    pub fn bounds(&self) -> Vec<(i128, i128)> {
        let mut b: Vec<(i128, i128)> = self
            .values
            .iter()
            .zip(&self.hidden)
            .map(|(&v, &h)| if h { (0, UNBOUNDED) } else { (v as i128, v as i128) })
            .collect();
        // Each pass can only narrow; a fixed point comes quickly for tables of this shape. The cap guards
        // against slow creeping on pathological inputs (the intervals stay sound if it is reached).
        for _ in 0..200 {
            let mut changed = false;
            for e in &self.equations {
                let lo_sum: i128 = e.parts.iter().map(|&p| b[p].0).sum();
                let hi_sum: i128 = e.parts.iter().map(|&p| b[p].1).sum();
                let t = b[e.total];
                let new_t = (t.0.max(lo_sum), t.1.min(hi_sum));
                if new_t != t {
                    b[e.total] = new_t;
                    changed = true;
                }
                let t = b[e.total];
                for &p in &e.parts {
                    // part = total - the other parts.
                    let lo = (t.0 - (hi_sum - b[p].1)).max(b[p].0);
                    let hi = (t.1 - (lo_sum - b[p].0)).min(b[p].1);
                    if (lo, hi) != b[p] && lo <= hi {
                        b[p] = (lo, hi);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Groups in a column with a total: cells 0..n are groups, n is the total.
    fn column(groups: &[u64], hidden: &[usize]) -> Grid {
        let mut values = groups.to_vec();
        values.push(groups.iter().sum());
        let mut g = Grid::new(values, vec![Equation { total: groups.len(), parts: (0..groups.len()).collect() }]);
        for &h in hidden {
            g.hidden[h] = true;
        }
        g
    }

    #[test]
    fn one_hidden_cell_beside_its_total_is_given_away() {
        assert_eq!(column(&[40, 5, 30], &[1]).recoverable(), Some(1));
        assert_eq!(column(&[40, 5, 30], &[1, 2]).recoverable(), None);
        let b = column(&[40, 5, 30], &[1, 2]).bounds();
        assert_eq!((b[1], b[2]), ((0, 35), (0, 35)));
    }

    #[test]
    fn a_split_gives_a_hidden_cell_away_through_its_row() {
        // members = screened + not screened; 50 = 45 + 5: showing 50 and 45 shows the 5.
        let mut g = Grid::new(vec![50, 45, 5], vec![Equation { total: 0, parts: vec![1, 2] }]);
        g.hidden[2] = true;
        assert_eq!(g.recoverable(), Some(2));
        g.hidden[1] = true;
        assert_eq!(g.recoverable(), None);
    }

    #[test]
    fn a_hidden_zero_or_large_cell_given_away_is_no_disclosure() {
        // 40 + a + b = 40 forces a = b = 0: zeros may be shown anyway.
        assert_eq!(column(&[40, 0, 0], &[1, 2]).recoverable(), None);
        assert_eq!(column(&[40, 20, 5], &[1]).recoverable(), None);
        assert_eq!(column(&[40, 20, 5], &[2]).recoverable(), Some(2));
    }
}
