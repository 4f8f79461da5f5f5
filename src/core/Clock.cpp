#include "Clock.h"

namespace ysb {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace ysb
