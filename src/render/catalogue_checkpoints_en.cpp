// The English wording of the plan's safety checks and warning signs, which the core names
// by message id (core/checkpoints.cpp). These are the safety sentences: a translation of them
// is reviewed twice.
#include <array>

#include "catalogue_table.hpp"

namespace backstride::render {
namespace {

constexpr auto k_checkpoints = std::to_array<Message>({
    msg("chk_clearance", "Before week 1: get the okay from a doctor or physiotherapist."),
    msg("chk_clearance_done", "Before week 1: done, cleared by {by} on {date}."),
    msg("chk_before_jog",
        "Before you start: if today's pain is above {limit} (your usual {usual} + {extra}) or "
        "anything new has appeared, walk only today."),
    msg("chk_before_walk",
        "Before you start: if today's pain is above {limit} (your usual {usual} + {extra}) or "
        "anything new has appeared, take a shorter, easier walk today."),
    msg("chk_during_jog",
        "Stop jogging and walk home if pain goes above {limit}, turns sharp or makes you limp; "
        "if new leg pain, numbness or tingling appears; or if you feel chest pain, dizziness or "
        "unusual breathlessness."),
    msg("chk_during_jog_leg",
        "Stop jogging and walk home if pain goes above {limit}, turns sharp or makes you limp; "
        "if your leg pain spreads further down the leg, or new numbness or weakness appears "
        "(such as a foot that slaps or drags); or if you feel chest pain, dizziness or unusual "
        "breathlessness."),
    msg("chk_during_walk",
        "Stop, rest, and head home slowly if pain goes above {limit}, turns sharp or makes you "
        "limp; if new leg pain, numbness or tingling appears; or if you feel chest pain, "
        "dizziness or unusual breathlessness."),
    msg("chk_during_walk_leg",
        "Stop, rest, and head home slowly if pain goes above {limit}, turns sharp or makes you "
        "limp; if your leg pain spreads further down the leg, or new numbness or weakness "
        "appears (such as a foot that slaps or drags); or if you feel chest pain, dizziness or "
        "unusual breathlessness."),
    msg("chk_after", "Afterwards: note your pain before, during and after the session."),
    msg("chk_next_morning",
        "Next morning: note how your back feels; it should be back to {usual} or less."),
    msg("chk_pace",
        "Jog at an easy, conversational pace (you can talk in full sentences), on flat ground "
        "at first."),
    msg("chk_form",
        "On jogs of 5 minutes or more, try slightly quicker, shorter steps: about 5 % more "
        "steps per minute."),
    msg("chk_weekly",
        "End of each week: two GREEN sessions move you on a stage; AMBER repeats it; RED means "
        "48 hours of relative rest, then one stage back."),
    msg("chk_shoes",
        "Shoes: wear a comfortable, light pair; check them at 500-800 km or 6 months old (a "
        "convention, not evidence)."),
    msg("chk_shoes_worn",
        "Check your shoes ({name}: {km} km); at 500-800 km or 6 months old, consider new ones "
        "(a convention, not evidence)."),
    msg("chk_shoes_worn_bought",
        "Check your shoes ({name}: {km} km, bought {date}); at 500-800 km or 6 months old, "
        "consider new ones (a convention, not evidence)."),
    msg("chk_program_no_limits",
        "This plan follows the {program} schedule as its source wrote it. It does not keep "
        "back-care's limits on how fast jogging grows, and some weeks jump sharply; back-care "
        "builds up more gently."),
    msg("chk_program_jog_total",
        "From one stage to the next, your total jog time rises by at most {percent} % (and by "
        "at most {percent_two} % over two stages)."),
    msg("chk_program_jog_longest",
        "Your longest single jog rises by at most 2 minutes or a quarter, whichever is more."),
    // warning signs (SAFETY-SIGNS)
    msg("signs_emergency_heading",
        "Stop and get emergency care now (call your emergency number or go to the emergency "
        "department) if you have:"),
    msg("sign_saddle",
        "numbness or tingling between your legs or around your bottom (the saddle area)"),
    msg("sign_bladder_bowel",
        "a new change in your bladder or bowels: trouble passing urine, leaking, or not feeling "
        "when you need to go"),
    msg("sign_both_legs", "weakness, numbness or tingling in both legs"),
    msg("sign_chest_pain", "chest pain"),
    msg("sign_fainting", "fainting"),
    msg("signs_soon_heading",
        "Stop, and see a doctor or physiotherapist soon (within a day or two) if you have:"),
    msg("sign_fever", "a fever, or you feel generally unwell, with your back pain"),
    msg("sign_night_pain", "night pain that does not ease when you rest or change position"),
    msg("sign_leg_spreading", "pain spreading further down a leg"),
    msg("sign_one_leg", "new numbness or weakness in one leg, or a foot that slaps or drags"),
    msg("sign_breathless", "breathlessness that is unusual for you"),
});

}  // namespace

std::span<const Message> checkpoint_messages() {
  return k_checkpoints;
}

}  // namespace backstride::render
