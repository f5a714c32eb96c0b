// Numbers as RFC 8785 section 3.2.2.3 writes them: the ECMAScript Number::toString of the
// IEEE 754 double, so that any JCS implementation (an outside verifier of the audit chain)
// prints the same bytes.
#include "canonicaljson.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <system_error>

namespace proofdesk::audit::canonical {

namespace {

// The shortest digits that read back as `d` (d > 0), and the decimal exponent n such that
// d = 0.digits x 10^n (ECMAScript's k and n).
struct ShortestDecimal
{
    std::string digits;
    int n = 0;
};

ShortestDecimal shortestDecimal(double d)
{
    // std::to_chars without a precision writes the shortest round-trip form: "d.ddde+xx".
    char buffer[32];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
    const std::string_view text(buffer, size_t(r.ptr - buffer));
    const size_t e = text.find('e');
    ShortestDecimal out;
    out.digits.push_back(text.front());
    if (e > 2)
        out.digits.append(text.substr(2, e - 2)); // the digits after the point
    const std::string_view exponent = text.substr(e + 1);
    int value = 0; // from_chars reads no "+": skip the sign, apply it below
    std::from_chars(exponent.data() + 1, exponent.data() + exponent.size(), value);
    out.n = (exponent.front() == '-' ? -value : value) + 1;
    return out;
}

} // namespace

void appendNumber(std::string &out, double d)
{
    if (!std::isfinite(d))
        throw std::invalid_argument("canonical JSON (RFC 8785) has no NaN or Infinity");
    if (d == 0) { // -0 too
        out.push_back('0');
        return;
    }
    // The common case of the audit trail (counts, ids): an integer that a double holds
    // exactly prints as itself, which is also what the general rule below gives.
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        char buffer[24];
        const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(d));
        out.append(buffer, r.ptr);
        return;
    }
    if (d < 0)
        out.push_back('-');
    const ShortestDecimal s = shortestDecimal(std::fabs(d));
    const int k = int(s.digits.size());
    const int n = s.n;
    if (k <= n && n <= 21) { // an integer below 1e21: digits, then zeros
        out.append(s.digits);
        out.append(size_t(n - k), '0');
    } else if (0 < n && n <= 21) { // the point inside the digits
        out.append(s.digits, 0, size_t(n));
        out.push_back('.');
        out.append(s.digits, size_t(n), std::string::npos);
    } else if (-6 < n && n <= 0) { // 0.000ddd down to 1e-6
        out.append("0.");
        out.append(size_t(-n), '0');
        out.append(s.digits);
    } else { // exponent form: d[.ddd]e+x / e-x
        out.push_back(s.digits.front());
        if (k > 1) {
            out.push_back('.');
            out.append(s.digits, 1, std::string::npos);
        }
        out.push_back('e');
        out.push_back(n - 1 < 0 ? '-' : '+');
        out.append(std::to_string(std::abs(n - 1)));
    }
}

} // namespace proofdesk::audit::canonical
