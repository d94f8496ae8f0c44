/**
 * Two other wordings of every virtual-suite task, as two different people
 * would ask a phone assistant for the same thing (`--variant paraphrase`).
 *
 * Written by hand from each task's instruction, success predicate and
 * reference only, never from the offline policy's word lists, so that a
 * policy tuned to the suite's own wording shows it. Rules (docs/benchmarks.md,
 * "Paraphrases"): other verbs and word order than the original; the app name
 * left out where a person would leave it out; every value the predicate
 * checks kept recoverable (quoted titles verbatim, names, numbers, addresses;
 * times and dates may be written another way with the same meaning); the
 * same request, so the same predicate decides it. p1 tends to be short and
 * casual, p2 longer, indirect or a question.
 */
export const PARAPHRASES: Readonly<Record<string, readonly [string, string]>> = {
  // Settings
  settings_dark_theme: [
    'Switch my phone to dark mode.',
    'Could you enable dark mode on my phone? The white screens hurt my eyes at night.',
  ],
  settings_wifi_off: ['Disable wifi.', "I need the phone's Wi-Fi turned off, could you do that?"],
  settings_battery_saver: [
    "Enable battery saver mode, I'm running out of charge.",
    "Could you put the phone into power saving? The battery's almost dead.",
  ],
  settings_screen_timeout: [
    'Set the screen timeout to 5 minutes.',
    'My display goes dark too fast. I would like it to wait five minutes before it sleeps.',
  ],
  settings_pair_headphones: [
    'Connect my Bose QC45 headphones to the phone.',
    'I just got Bose QC45 headphones. Can you set them up with the phone over Bluetooth?',
  ],
  settings_rename_device: [
    'Change the device name to "Maple Test Phone".',
    'I want my phone to show up as "Maple Test Phone". Could you update its name?',
  ],
  settings_mute_shopping_notifications: [
    "Block notifications from Shopping. Don't turn on Do Not Disturb though.",
    "I'm tired of alerts from the Shopping app; could you silence just that app's notifications without switching on Do Not Disturb?",
  ],
  settings_wifi_password_lookup: [
    'What wifi am I on and how strong is the signal?',
    'I need the name of the wireless network this phone is using, plus how strong its signal is.',
  ],

  // Clock
  clock_add_alarm: ['Wake me up at 5:45 am.', 'Could you create an alarm at quarter to six in the morning?'],
  clock_disable_gym_alarm: [
    'Disable the Gym alarm.',
    "No workouts for me this week, so the alarm labelled Gym shouldn't ring. Can you switch it off?",
  ],
  clock_weekday_medication_alarm: [
    'New alarm at 7:15, weekdays only, label it "Medication".',
    'I need an alarm every weekday at a quarter past seven in the morning, named "Medication".',
  ],
  clock_add_city: [
    'Put Tokyo on my world clock list.',
    "I'd like to keep track of the time in Tokyo. Could you add it as a city in the world clock?",
  ],
  clock_pasta_timer: [
    'Timer for 12 minutes, please.',
    'The pasta needs twelve minutes; can you set a countdown and get it going?',
  ],
  clock_delete_weekend_alarm: [
    'Remove my Weekend alarm.',
    "I don't need the alarm labelled Weekend anymore. Could you get rid of it?",
  ],

  // Contacts
  contacts_create: [
    'Add Lena Hoffmann to my contacts: number +1 415-555-0123, company Maple Labs.',
    'I met Lena Hoffmann from Maple Labs today. Could you create a contact for her with the number +1 415-555-0123?',
  ],
  contacts_favorite_grace: [
    'Star Grace Okafor in my contacts.',
    'Could you make Grace Okafor one of my favourite contacts?',
  ],
  contacts_update_phone: [
    "Change Tom Becker's phone number to +1 415-555-0999.",
    "Could you fix Tom Becker's contact card? His number changed, it's +1 415-555-0999 now.",
  ],
  contacts_lookup_company: [
    'Which company is Kenji Watanabe at?',
    'I forgot who Kenji Watanabe works for. Can you check his contact and tell me?',
  ],
  contacts_call_emma: ['Ring Emma Rossi.', 'Could you phone Emma Rossi for me?'],

  // Messages
  messages_reply_alice: [
    'Text Alice back: running 5 min late.',
    "Could you answer Alice's message and let her know I'll be five minutes late?",
  ],
  messages_text_new_number: [
    'Send "Is the bike still for sale?" to +1 555-0199.',
    'There\'s a number that isn\'t in my contacts, +1 555-0199. Could you message it: "Is the bike still for sale?"',
  ],
  messages_door_code_lookup: [
    'David sent me the door code for the building. What is it?',
    "I'm outside the building. Can you find the door code David messaged me?",
  ],
  messages_delete_conversation: [
    'Remove the Sam Taylor chat thread.',
    'Could you get rid of my entire chat with Sam Taylor?',
  ],

  // Mail
  mail_compose_carol: [
    'Send carol.singh@example.com a mail, subject "Dinner on Sunday": I\'ll bring dessert.',
    'Could you write to Carol at carol.singh@example.com to let her know I\'m bringing dessert? Use "Dinner on Sunday" as the subject.',
  ],
  mail_star_lease: [
    'Flag the lease renewal mail from Hannah with a star.',
    "So I remember it later, could you mark Hannah's message about renewing the lease as starred?",
  ],
  mail_dentist_lookup: [
    'Look in my inbox and tell me the date, time and place of my dental cleaning.',
    'I got a reminder about a teeth cleaning appointment. Can you tell me when it is and where?',
  ],
  mail_reply_bob: [
    "Answer Bob's slides email: I'll send them tonight.",
    'Bob emailed asking about the slides. Could you write back to him that he will get them tonight?',
  ],
  mail_delete_streamly: [
    'Trash the Streamly newsletter.',
    "I don't need that newsletter from Streamly in my inbox; could you get rid of it?",
  ],

  // Calendar
  calendar_create_haircut: [
    'Put "Haircut" in my calendar for Wednesday the 11th, 4:30 pm.',
    'I\'m getting my hair cut on June 11 at half past four in the afternoon. Could you schedule it as "Haircut"?',
  ],
  calendar_all_day_moving: [
    'All-day event "Moving day" on Sat June 21.',
    'We\'re moving on Saturday the 21st of June. Please create an event named "Moving day" that takes up the whole day.',
  ],
  calendar_delete_yoga: [
    "Remove Sunday's yoga class from my calendar.",
    "I won't make it to yoga this Sunday. Could you take the class off my schedule?",
  ],
  calendar_book_club_lookup: [
    'Book club on the 28th: when does it start and where?',
    'Can you tell me the start time and location of the book club meeting on June 28?',
  ],

  // Notes
  notes_create_packing: [
    'New note "Packing list": passport, charger, sunscreen.',
    'Could you jot down passport, charger and sunscreen in a note titled "Packing list"?',
  ],
  notes_pin_groceries: [
    'Stick the Groceries note at the top.',
    'I want my Groceries note to always stay above the others. Can you pin it?',
  ],
  notes_add_butter: [
    'Put butter on the grocery list.',
    "We're out of butter. Can you include it in my groceries note?",
  ],
  notes_delete_movies: ['Trash my Movies note.', "I don't need the note called Movies anymore, could you remove it?"],

  // Calculator
  calc_multiply: [
    'Quick, on the calculator: 128 multiplied by 37?',
    'Could you multiply 128 by 37 on the calculator and tell me the result?',
  ],
  calc_tip: [
    '18% of a $64.50 bill, how much is that? Check on the calculator.',
    'The bill is $64.50 and I want to know what 18 percent of it is. Can you work it out on the calculator?',
  ],
  calc_dark_theme: ['Dark theme for the calculator app.', "Could you change the calculator's theme to dark?"],

  // Shopping
  shop_add_catan: ['Put Catan in my shopping cart.', "I'd like the board game Catan. Could you add it to the cart?"],
  shop_remove_earbuds: [
    'Remove the earbuds from the cart.',
    'I changed my mind about the earbuds in my shopping cart. Could you delete them from it?',
  ],
  shop_cheapest_board_game: [
    'Find the lowest-priced board game in the shop and put it in my cart.',
    'Which board game costs the least in the store? Add that one to my cart.',
  ],
  shop_buy_azul_express: [
    'Buy Azul with express shipping. Just Azul, leave the earbuds out of the order.',
    'I want Azul shipped express. Please make sure the order contains nothing else, not even the earbuds sitting in my cart.',
  ],

  // Maps
  maps_save_trattoria: [
    'Put Trattoria Luca on my "Want to go" list.',
    'I\'d like to try Trattoria Luca some day; could you keep it under "Want to go"?',
  ],
  maps_transit_museum: [
    'Navigate to the Riverside Natural History Museum by public transport.',
    "I'm taking public transit to the Riverside Natural History Museum. Could you get the route going?",
  ],
  maps_museum_thursday_hours: [
    'When does the City Art Museum close on Thursday?',
    'I want to visit the City Art Museum on a Thursday evening. Until what time is it open then?',
  ],

  // Chrome
  chrome_bookmark_jazz: [
    'Bookmark the Riverside Jazz Festival web page.',
    'Could you look up the Riverside Jazz Festival online and save its page to my bookmarks?',
  ],
  chrome_oslo_population: [
    'How many people live in Oslo? Search online.',
    "I need Oslo's population figure. Can you find it on the internet?",
  ],
  chrome_clear_history: ['Wipe my browsing history.', "Could you delete everything in the browser's history?"],

  // Files
  files_rename_recording: [
    'Change the name of "Voice 001.m4a" to "Interview with Marco.m4a".',
    'The audio file "Voice 001.m4a" is my interview with Marco; could you call it "Interview with Marco.m4a" instead?',
  ],
  files_delete_apk: [
    'Remove the maple-companion apk in Downloads.',
    'Could you get rid of the maple-companion APK sitting in my downloads folder?',
  ],
  files_lease_size: [
    "What's the file size of the lease agreement PDF?",
    'Can you check how much space the lease agreement PDF in Documents takes up?',
  ],

  // Cross-app
  x_catan_price_to_bob: [
    'Text Bob Martinez how much Catan costs in the Shopping app.',
    'Bob Martinez wants to know what Catan sells for. Could you check the shop and send him the price?',
  ],
  x_museum_opening_to_calendar: [
    'Put a "Museum visit" in my calendar on Saturday June 7, starting when the Riverside Natural History Museum opens that day (check Maps for its hours).',
    'I want to be at the Riverside Natural History Museum right when it opens this Saturday, the 7th. Could you look up its Saturday opening time and create a calendar event called "Museum visit" at that time?',
  ],
  x_door_code_to_note: [
    'Save the door code David texted me in a new note, "Building access".',
    'Could you take the building door code from David\'s message and put it into a fresh note named "Building access"?',
  ],
  x_share_lisbon_note_to_laura: [
    'Send my "Lisbon trip" note to Laura Novak by text.',
    'Laura Novak asked for our Lisbon plans. Could you text her the contents of my "Lisbon trip" note?',
  ],
  x_reunion_mail_to_calendar: [
    "Add the family reunion from Julia's email to my calendar: all day on its date, location set to where it's held.",
    "There's an email from Julia with the family reunion details. Could you create a whole-day calendar event for it on that day and fill in the venue as the location?",
  ],
  x_email_priya_from_contacts: [
    'Mail Priya Patel (her address is in my contacts), subject "Movie night": count me in for Friday.',
    'Could you send Priya Patel an email saying I\'m in for Friday? Use "Movie night" as the subject; her email address is on her contact card.',
  ],
  x_share_wifi_to_carol: [
    'Send Carol the password for my home Wi-Fi.',
    "Could you message Carol our Wi-Fi password? She's coming over later and needs to get online.",
  ],
  x_banana_bread_to_note: [
    'Find the banana bread recipe online and put its oven temperature and bake time in a note titled "Banana bread".',
    'How hot should the oven be and how long does banana bread bake? Search the web for the recipe and write both in a new note named "Banana bread".',
  ],
  x_jazz_festival_to_calendar: [
    'Put an all-day "Jazz Festival" event in my calendar for the first day of the Riverside Jazz Festival (look up the dates online).',
    'When does the Riverside Jazz Festival begin? Check the web, then block that whole first day in my calendar as "Jazz Festival".',
  ],
  x_share_taco_loco_to_bob: [
    "Share Taco Loco's location with Bob by text.",
    "We're meeting at Taco Loco. Could you look it up on the map and message Bob where it is?",
  ],
  x_share_headphones_by_mail: [
    'Share the SoundWave ANC headphones product page with david.kim@example.com by email.',
    'David (david.kim@example.com) was asking about the SoundWave ANC headphones. Could you mail him the listing from the shop?',
  ],
  x_split_bill_to_farid: [
    'Text Farid his share of dinner: $186.40 split four ways. Use the calculator.',
    "The four of us spent $186.40 on dinner and we're splitting it evenly. Could you figure out one person's part on the calculator and message Farid how much he owes?",
  ],
  x_grace_flight_to_sam: [
    "Send Sam the flight number from Grace's email.",
    "Could you find the flight number in Grace's email and message it to Sam? He's collecting her at the airport.",
  ],
  x_hiking_alarm_from_message: [
    'Add an alarm labelled Hiking, one hour ahead of the time Kenji texted me for the hike.',
    'I want to wake up an hour before the hiking meetup Kenji messaged me about. Could you create an alarm for that, called Hiking?',
  ],
  x_order_number_to_gift_note: [
    'Put the Board Game Barn order number (from their shipping mail) into my "Gift ideas" note.',
    'Board Game Barn emailed me that my order shipped. Could you copy its order number into the note called "Gift ideas"?',
  ],
  x_trattoria_to_contacts: [
    'Create a contact for Trattoria Luca using its phone number from Maps.',
    'I want to be able to call Trattoria Luca. Could you look up its number on the map and add the restaurant to my contacts?',
  ],
  x_italian_dinner_plan: [
    'Look for an Italian place nearby, add it to my Favorites, and send Carol the address so we can meet there.',
    'Carol and I want Italian food tonight. Could you find a nearby Italian restaurant on the map, save it under Favorites and text her where it is?',
  ],
  x_cart_subtotal_to_carol: [
    'Put Catan in my cart and message Carol what the subtotal comes to now.',
    "Could you text Carol my cart's subtotal after adding Catan to it?",
  ],
  x_forward_offsite_to_julia: [
    'Send the team offsite email on to Julia Santos; her address is in my contacts.',
    'Julia Santos should see the email about the team offsite. Could you pass it along to her? Her email address is in my contacts.',
  ],
  x_marathon_calendar_and_alarm: [
    'Put the Riverside City Marathon in my calendar on its date and at its start time (find them online), plus an alarm 2 hours before it starts.',
    "I'm running the Riverside City Marathon. Could you check the web for when it is, schedule it in my calendar with the right day and start time, and wake me two hours ahead of the start?",
  ],
  x_meeting_notes_to_nina: [
    'Send the "Meeting notes" note to nina.johansson@example.com, subject "Q3 notes".',
    'Nina (nina.johansson@example.com) needs what I wrote in my "Meeting notes" note. Could you mail it to her with "Q3 notes" as the subject?',
  ],
  x_train_link_to_kenji: [
    'Mail Kenji (kenji.watanabe@example.com) the URL of the Riverside-to-Airport train times web page, subject "Train times".',
    'Kenji needs the train schedule from Riverside to the airport. Could you find that page online and send its link to kenji.watanabe@example.com with the subject "Train times"?',
  ],
  x_boarding_pass_rename: [
    'Change the name of my Lisbon boarding pass PDF to begin with the flight number from the trip email, e.g. "TP1235_boarding_pass.pdf".',
    'The Lisbon trip email has my flight number. Could you put it at the front of the boarding pass PDF\'s file name, as in "TP1235_boarding_pass.pdf"?',
  ],
  x_yearly_rent_lookup: [
    "How much is a year's rent at the new rate from Hannah's lease email? Work it out on the calculator.",
    'Using the calculator, figure out my annual rent at the new rate Hannah mentioned in her lease renewal email.',
  ],
};
