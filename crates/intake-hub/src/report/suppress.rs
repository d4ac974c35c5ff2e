//! Small-cell suppression that cannot be undone by arithmetic.
//!
//! A published table is a set of counts ("cells") tied together by sums: a column's groups add up to its
//! total, and a group's members split into, say, screened and not screened. Hiding only the cells under 11
//! ("primary" suppression) is not enough: a reader who knows the total subtracts the visible cells and gets
//! the hidden one back. So after the primary step this module plays the attacker. It narrows every hidden
//! cell to the interval the published cells and sums allow (interval propagation over the equations, run to
//! a fixed point), and whenever one is pinned to a single value it hides one more cell of that equation (the
//! smallest visible one: the least information lost), then tries again. It stops when no hidden cell can be
//! worked out exactly. Hiding only ever widens intervals, so this terminates; at worst everything is hidden.
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

    /// Primary suppression, then complementary suppression until no hidden cell can be recovered exactly.
    pub fn suppress(&mut self) {
        for (v, h) in self.values.iter().zip(self.hidden.iter_mut()) {
            *h = (1..MIN_CELL).contains(v);
        }
        loop {
            let bounds = self.bounds();
            let Some(pinned) = (0..self.values.len()).find(|&i| self.hidden[i] && bounds[i].0 == bounds[i].1) else {
                return;
            };
            // The smallest visible cell of an equation that pins it; if every such cell is hidden already,
            // the smallest visible cell anywhere (rare: a chain of equations pins it).
            let candidates: Vec<usize> = self
                .equations
                .iter()
                .filter(|e| e.total == pinned || e.parts.contains(&pinned))
                .flat_map(|e| std::iter::once(e.total).chain(e.parts.iter().copied()))
                .filter(|&i| !self.hidden[i])
                .collect();
            let pool: Vec<usize> =
                if candidates.is_empty() { (0..self.values.len()).filter(|&i| !self.hidden[i]).collect() } else { candidates };
            match pool.into_iter().min_by_key(|&i| (self.values[i], i)) {
                Some(i) => self.hidden[i] = true,
                // Everything is hidden: nothing can be pinned any more, but stop regardless.
                None => return,
            }
        }
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
    fn column(groups: &[u64]) -> Grid {
        let mut values = groups.to_vec();
        values.push(groups.iter().sum());
        Grid::new(values, vec![Equation { total: groups.len(), parts: (0..groups.len()).collect() }])
    }

    #[test]
    fn one_small_cell_takes_the_next_smallest_with_it() {
        let mut g = column(&[40, 5, 30, 22]);
        g.suppress();
        assert_eq!(g.hidden, vec![false, true, false, true, false]);
        let b = g.bounds();
        assert!(b[1].0 < b[1].1 && b[3].0 < b[3].1, "{b:?}");
    }

    #[test]
    fn nothing_small_hides_nothing_and_zero_is_shown() {
        let mut g = column(&[40, 0, 30]);
        g.suppress();
        assert!(g.hidden.iter().all(|h| !h));
    }

    #[test]
    fn a_split_that_would_give_a_small_cell_back_is_hidden_too() {
        // members = screened + not screened; 50 = 45 + 5: showing 50 and 45 shows the 5.
        let mut g = Grid::new(vec![50, 45, 5], vec![Equation { total: 0, parts: vec![1, 2] }]);
        g.suppress();
        assert!(g.hidden[2]);
        assert!(g.hidden[0] || g.hidden[1]);
    }
}
